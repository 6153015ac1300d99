package org.securebase.app.practice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.securebase.core.practice.Loudness;

/**
 * Brings the mixed practice to the stated loudness ({@link Loudness#TARGET_LUFS} integrated, peaks
 * at most {@link Loudness#CEILING_DBFS}) before it is encoded, so every practice plays at the same
 * level whatever the voice, the background or the length of the pauses. Reads and writes the 16-bit
 * mono WAV that sox mixes; the measuring and the gain are the core's.
 */
final class LoudnessStep {

  private LoudnessStep() {}

  /** Normalizes the WAV file in place. */
  static void normalize(Path wav) {
    Pcm pcm = read(wav);
    float[] out =
        Loudness.normalize(pcm.samples(), pcm.rate(), Loudness.TARGET_LUFS, Loudness.CEILING_DBFS);
    write(wav, new Pcm(out, pcm.rate()));
  }

  /** Integrated loudness of a 16-bit mono WAV file, in LUFS. */
  static double measure(Path wav) {
    Pcm pcm = read(wav);
    return Loudness.integrated(pcm.samples(), pcm.rate());
  }

  /** Samples in [-1, 1] and their rate. */
  record Pcm(float[] samples, int rate) {}

  static Pcm read(Path wav) {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      AudioFormat f = in.getFormat();
      if (f.getChannels() != 1
          || f.getSampleSizeInBits() != 16
          || f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
        throw new PracticeAudio.AudioException("expected 16-bit mono PCM, got " + f);
      }
      byte[] bytes = in.readAllBytes();
      ByteBuffer buffer =
          ByteBuffer.wrap(bytes)
              .order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
      float[] samples = new float[bytes.length / 2];
      for (int i = 0; i < samples.length; i++) {
        samples[i] = buffer.getShort() / 32768f;
      }
      return new Pcm(samples, Math.round(f.getSampleRate()));
    } catch (IOException | UnsupportedAudioFileException e) {
      throw new PracticeAudio.AudioException("could not read " + wav.getFileName(), e);
    }
  }

  private static void write(Path wav, Pcm pcm) {
    ByteBuffer buffer =
        ByteBuffer.allocate(pcm.samples().length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (float s : pcm.samples()) {
      buffer.putShort((short) Math.max(-32768, Math.min(32767, Math.round(s * 32767f))));
    }
    AudioFormat format = new AudioFormat(pcm.rate(), 16, 1, true, false);
    try (AudioInputStream stream =
        new AudioInputStream(
            new ByteArrayInputStream(buffer.array()), format, pcm.samples().length)) {
      Path written = Files.createTempFile(wav.getParent(), "loud-", ".wav");
      AudioSystem.write(stream, AudioFileFormat.Type.WAVE, written.toFile());
      Files.move(written, wav, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new PracticeAudio.AudioException("could not write " + wav.getFileName(), e);
    }
  }
}
