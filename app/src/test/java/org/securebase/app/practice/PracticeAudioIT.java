package org.securebase.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.core.practice.PracticeJson;
import org.securebase.core.practice.PracticeScript;
import org.securebase.core.practice.PracticeScriptWriter;
import org.securebase.core.practice.ScriptSentence;

/** Real speech: festival (or espeak-ng), sox, lame and opusenc render a whole practice. */
class PracticeAudioIT {

  @TempDir Path dir;

  @BeforeEach
  void tools() {
    AudioTools.required();
  }

  private PracticeScript script(String replaceFrom, String replaceTo) throws Exception {
    String json =
        Files.readString(PracticeCommandTest.EXAMPLE)
            .replace("\"minutes\": 10", "\"minutes\": 5")
            .replace(replaceFrom, replaceTo);
    PracticeJson.Request request = PracticeJson.readInputs(json);
    return PracticeScriptWriter.builtIn().write(request.inputs(), request.hypnosisEnabled());
  }

  @Test
  void rendersSpeechThatLastsTheChosenMinutesWithAudibleSentencesAndQuietPauses() throws Exception {
    PracticeScript script = script("\"background\": \"BROWN_NOISE\"", "\"background\": \"NONE\"");
    List<Double> progress = new ArrayList<>();

    PracticeAudio.Rendered rendered =
        new PracticeAudio()
            .render(script, PracticeAudio.Format.MP3, (share, stage) -> progress.add(share));

    Path mp3 = dir.resolve("practice.mp3");
    Files.write(mp3, rendered.audio());
    Path wav = AudioTools.decode(mp3);
    double seconds = PracticeAudio.duration(wav);
    assertThat(seconds).isBetween(300 * 0.9, 300 * 1.1);
    assertThat(progress).isSorted().last().isEqualTo(1.0);
    // Walk the timed script: every sentence is speech (clearly above silence), and the long
    // pauses after weighted sentences are near silence.
    double at = 0;
    for (ScriptSentence s : rendered.timedScript().sentences()) {
      assertThat(AudioTools.rms(wav, at + 0.1, Math.max(0.5, s.speechSeconds() - 0.2)))
          .as("speech of %s at %.1f s", s.templateId(), at)
          .isGreaterThan(0.02);
      if (s.pauseSeconds() > 3) {
        assertThat(AudioTools.rms(wav, at + s.speechSeconds() + 0.6, s.pauseSeconds() - 1.2))
            .as("pause after %s", s.templateId())
            .isLessThan(0.005);
      }
      at += s.speechSeconds() + s.pauseSeconds();
    }
  }

  @Test
  void rendersOpusWithGeneratedBackgroundUnderThePauses() throws Exception {
    PracticeScript script = script("\"closingBell\": true", "\"closingBell\": false");

    PracticeAudio.Rendered rendered =
        new PracticeAudio().render(script, PracticeAudio.Format.OPUS, (share, stage) -> {});

    Path opus = dir.resolve("practice.opus");
    Files.write(opus, rendered.audio());
    assertThat(new String(rendered.audio(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("OggS");
    Path wav = AudioTools.decode(opus);
    assertThat(PracticeAudio.duration(wav)).isBetween(270.0, 330.0);
    ScriptSentence first = rendered.timedScript().sentences().get(0);
    double pause = AudioTools.rms(wav, first.speechSeconds() + 0.5, first.pauseSeconds() - 1);
    assertThat(pause).as("background under the first pause").isGreaterThan(0.0005);
  }

  @Test
  void normalizesLoudnessToTheTargetAsAnIndependentMeterReadsIt() throws Exception {
    PracticeScript script = script("\"minutes\": 5", "\"minutes\": 5");

    PracticeAudio.Rendered rendered =
        new PracticeAudio().render(script, PracticeAudio.Format.MP3, (share, stage) -> {});

    Path mp3 = dir.resolve("loud.mp3");
    Files.write(mp3, rendered.audio());
    Path wav = AudioTools.decode(mp3);
    // Our meter (core Loudness, calibrated by LoudnessTest) and ffmpeg's EBU R128 filter agree
    // that the encoded practice sits at the target, within 1 LU (MP3 encoding moves it a little).
    assertThat(LoudnessStep.measure(wav))
        .isCloseTo(org.securebase.core.practice.Loudness.TARGET_LUFS, within(1.0));
    assertThat(AudioTools.ebur128Integrated(wav))
        .isCloseTo(org.securebase.core.practice.Loudness.TARGET_LUFS, within(1.0));
    assertThat(AudioTools.peakDbfs(wav)).isLessThanOrEqualTo(-0.5);
  }
}
