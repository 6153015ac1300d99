package org.securebase.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoudnessTest {

  static float[] sine(double hz, double amplitude, double seconds, int rate) {
    float[] s = new float[(int) (seconds * rate)];
    for (int i = 0; i < s.length; i++) {
      s[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return s;
  }

  @Nested
  class Meter {

    @Test
    void derivesTheStandardsFilterTableAt48kHz() {
      // ITU-R BS.1770-4, Tables 1 and 2.
      double[][] shelf = Loudness.shelf(48000);
      assertThat(shelf[0])
          .containsExactly(
              new double[] {1.53512485958697, -2.69169618940638, 1.19839281085285}, within(1e-9));
      assertThat(shelf[1])
          .containsExactly(new double[] {1.0, -1.69065929318241, 0.73248077421585}, within(1e-9));
      assertThat(Loudness.highPass(48000)[1])
          .containsExactly(new double[] {1.0, -1.99004745483398, 0.99007225036621}, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(ints = {22050, 44100, 48000})
    void aFullScaleSineAt997HzReadsMinus3LufsAnd20DbLowerReadsMinus23(int rate) {
      // The standard's calibration: a 0 dBFS 997 Hz sine in one channel measures -3.01 LKFS.
      assertThat(Loudness.integrated(sine(997, 1.0, 5, rate), rate)).isCloseTo(-3.01, within(0.1));
      assertThat(Loudness.integrated(sine(997, 0.1, 5, rate), rate)).isCloseTo(-23.01, within(0.1));
    }

    @Test
    void silenceBetweenSentencesDoesNotLowerTheLoudness() {
      int rate = 22050;
      float[] tone = sine(997, 0.1, 3, rate);
      float[] withPauses = new float[tone.length * 4];
      System.arraycopy(tone, 0, withPauses, 0, tone.length); // then nine seconds of silence
      assertThat(Loudness.integrated(withPauses, rate))
          .isCloseTo(Loudness.integrated(tone, rate), within(0.5));
      assertThat(Loudness.integrated(new float[rate * 2], rate)).isEqualTo(Loudness.SILENT);
    }

    @Test
    void lowRumbleCountsForLittle() {
      int rate = 22050;
      assertThat(Loudness.integrated(sine(20, 0.5, 5, rate), rate))
          .isLessThan(Loudness.integrated(sine(997, 0.5, 5, rate), rate) - 10);
    }
  }

  @Nested
  class Normalizing {

    /** Speech-like: bursts of noise with a high crest factor, separated by silences. */
    static float[] bursts(double level, int rate) {
      Random random = new Random(7);
      float[] s = new float[rate * 20];
      for (int i = 0; i < s.length; i++) {
        boolean talking = (i / (rate * 2)) % 2 == 0;
        double g = random.nextGaussian() * level;
        s[i] = talking ? (float) Math.max(-1, Math.min(1, g)) : 0f;
      }
      return s;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.05, 0.3})
    void bringsQuietAndLoudRecordingsToTheTargetUnderTheCeiling(double level) {
      int rate = 22050;
      float[] out =
          Loudness.normalize(
              bursts(level, rate), rate, Loudness.TARGET_LUFS, Loudness.CEILING_DBFS);
      assertThat(Loudness.integrated(out, rate)).isCloseTo(Loudness.TARGET_LUFS, within(0.5));
      assertThat(Loudness.peakDbfs(out)).isLessThanOrEqualTo(Loudness.CEILING_DBFS + 1e-6);
    }

    @Test
    void leavesSilenceSilent() {
      float[] silence = new float[22050];
      assertThat(Loudness.normalize(silence, 22050, -16, -1)).containsOnly(0f);
    }
  }
}
