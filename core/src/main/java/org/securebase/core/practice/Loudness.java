package org.securebase.core.practice;

/**
 * Programme loudness of a mono recording as ITU-R BS.1770-4 and EBU R128 define it, in LUFS
 * (loudness units relative to full scale): the signal is K-weighted (a high shelf of about +4 dB
 * above 1.5 kHz, modelling the head, then a high-pass at 38 Hz), cut into 400 ms blocks that
 * overlap by 75%, and the mean power of the blocks is taken after two gates: blocks quieter than
 * -70 LUFS are dropped (silence), and so are blocks more than 10 LU below the loudness of the rest.
 * The gates matter for practices, which are mostly pauses: loudness is measured on the speech, not
 * averaged down by the silences between sentences.
 *
 * <p>The filter coefficients are derived for any sample rate from the analogue prototypes (the
 * derivation libebur128 uses); at 48 kHz they equal the standard's published table. Samples are
 * floats in [-1, 1]. Pure functions; thread-safe.
 */
public final class Loudness {

  /** What a practice is normalized to: -16 LUFS integrated, peaks at most -1 dBFS. */
  public static final double TARGET_LUFS = -16.0;

  /** The highest sample peak a normalized practice may reach, in dBFS. */
  public static final double CEILING_DBFS = -1.0;

  /** Returned for a recording with no block above the absolute gate (silence). */
  public static final double SILENT = Double.NEGATIVE_INFINITY;

  private static final double ABSOLUTE_GATE = -70.0;
  private static final double RELATIVE_GATE = -10.0;

  private Loudness() {}

  /** Integrated (gated) loudness in LUFS; {@link #SILENT} when nothing passes the gates. */
  public static double integrated(float[] samples, int rate) {
    double[] weighted = kWeighted(samples, rate);
    int block = (int) Math.round(0.4 * rate);
    int step = (int) Math.round(0.1 * rate);
    if (weighted.length < block) {
      return SILENT;
    }
    int count = (weighted.length - block) / step + 1;
    double[] power = new double[count];
    // Running sum of squares: each block's mean square in O(1).
    double[] cumulative = new double[weighted.length + 1];
    for (int i = 0; i < weighted.length; i++) {
      cumulative[i + 1] = cumulative[i] + weighted[i] * weighted[i];
    }
    for (int j = 0; j < count; j++) {
      power[j] = (cumulative[j * step + block] - cumulative[j * step]) / block;
    }
    double relative = lufs(gatedMean(power, ABSOLUTE_GATE)) + RELATIVE_GATE;
    return lufs(gatedMean(power, Math.max(ABSOLUTE_GATE, relative)));
  }

  /** The highest absolute sample, in dBFS. */
  public static double peakDbfs(float[] samples) {
    double peak = 0;
    for (float s : samples) {
      peak = Math.max(peak, Math.abs(s));
    }
    return peak == 0 ? SILENT : 20 * Math.log10(peak);
  }

  /**
   * A copy brought to {@code targetLufs} with no sample above {@code ceilingDbfs}: a gain, and
   * where that gain would push a peak over the ceiling, a peak limiter (instant attack, 80 ms
   * release) that turns down only those moments. Limiting lowers the loudness a little, so the gain
   * is corrected and applied again, up to four times; the result is within 0.5 LU of the target
   * unless the recording is silent (returned unchanged).
   */
  public static float[] normalize(
      float[] samples, int rate, double targetLufs, double ceilingDbfs) {
    double measured = integrated(samples, rate);
    if (measured == SILENT) {
      return samples.clone();
    }
    double gainDb = targetLufs - measured;
    float[] out = samples;
    for (int round = 0; round < 4; round++) {
      out = limited(samples, rate, Math.pow(10, gainDb / 20), Math.pow(10, ceilingDbfs / 20));
      double error = targetLufs - integrated(out, rate);
      if (Math.abs(error) < 0.2) {
        break;
      }
      gainDb += error;
    }
    return out;
  }

  private static float[] limited(float[] in, int rate, double gain, double ceiling) {
    float[] out = new float[in.length];
    double release = Math.exp(-1.0 / (0.08 * rate));
    double envelope = 0;
    for (int i = 0; i < in.length; i++) {
      double x = in[i] * gain;
      envelope = Math.max(Math.abs(x), envelope * release);
      double g = envelope > ceiling ? ceiling / envelope : 1.0;
      out[i] = (float) (x * g);
    }
    return out;
  }

  private static double gatedMean(double[] power, double gateLufs) {
    double sum = 0;
    int n = 0;
    for (double p : power) {
      if (lufs(p) > gateLufs) {
        sum += p;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static double lufs(double meanSquare) {
    return meanSquare <= 0 ? SILENT : -0.691 + 10 * Math.log10(meanSquare);
  }

  /** The K-weighting filter: stage one (high shelf) then stage two (high-pass), as biquads. */
  static double[] kWeighted(float[] samples, int rate) {
    double[][] shelf = shelf(rate);
    double[][] highPass = highPass(rate);
    double[] x = new double[samples.length];
    for (int i = 0; i < samples.length; i++) {
      x[i] = samples[i];
    }
    return biquad(biquad(x, shelf[0], shelf[1]), highPass[0], highPass[1]);
  }

  /** Stage one: {b0, b1, b2} and {1, a1, a2}. */
  static double[][] shelf(int rate) {
    double f0 = 1681.974450955533;
    double gain = 3.999843853973347;
    double q = 0.7071752369554196;
    double k = Math.tan(Math.PI * f0 / rate);
    double vh = Math.pow(10.0, gain / 20.0);
    double vb = Math.pow(vh, 0.4996667741545416);
    double a0 = 1.0 + k / q + k * k;
    return new double[][] {
      {(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0},
      {1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0}
    };
  }

  /** Stage two: {1, -2, 1} and {1, a1, a2}. */
  static double[][] highPass(int rate) {
    double f0 = 38.13547087602444;
    double q = 0.5003270373238773;
    double k = Math.tan(Math.PI * f0 / rate);
    double a0 = 1.0 + k / q + k * k;
    return new double[][] {
      {1.0, -2.0, 1.0}, {1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0}
    };
  }

  private static double[] biquad(double[] x, double[] b, double[] a) {
    double[] y = new double[x.length];
    double x1 = 0;
    double x2 = 0;
    double y1 = 0;
    double y2 = 0;
    for (int i = 0; i < x.length; i++) {
      double out = b[0] * x[i] + b[1] * x1 + b[2] * x2 - a[1] * y1 - a[2] * y2;
      x2 = x1;
      x1 = x[i];
      y2 = y1;
      y1 = out;
      y[i] = out;
    }
    return y;
  }
}
