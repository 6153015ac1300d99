package org.securebase.core.calibration;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.securebase.core.reliability.ConfidenceInterval;

/**
 * Spearman rank correlation with a confidence interval, for relating an indicator rate to a coded
 * scale. Ties get mid-ranks (commons-math3 {@link SpearmansCorrelation}), which is what R's {@code
 * cor(method = "spearman")} does. The interval back-transforms atanh(rho) -/+ z * SE with the
 * Bonett-Wright (2000) standard error sqrt((1 + rho^2 / 2) / (n - 3)), which covers better for rank
 * correlations than the classic 1 / sqrt(n - 3). Stateless and thread-safe.
 */
public final class RankCorrelation {

  static final String INTERVAL_METHOD = "Fisher z, Bonett-Wright SE";

  private RankCorrelation() {}

  /**
   * The correlation of {@code x} and {@code y} over the pairs where {@code y} is not NaN.
   *
   * @param x the indicator rates, finite
   * @param y the scale scores, NaN where unscored
   */
  public static FeatureScaleCorrelation spearman(
      String indicator, String scale, double[] x, double[] y, double confidenceLevel) {
    if (x.length != y.length) {
      throw new CalibrationInputException(
          "indicator " + indicator + " and scale " + scale + " have different lengths");
    }
    int n = 0;
    for (double v : y) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0, m = 0; i < x.length; i++) {
      if (!Double.isNaN(y[i])) {
        xs[m] = x[i];
        ys[m] = y[i];
        m++;
      }
    }
    if (n < 4 || constant(xs) || constant(ys)) {
      return new FeatureScaleCorrelation(
          indicator, scale, n, OptionalDouble.empty(), Optional.empty());
    }
    double rho = new SpearmansCorrelation().correlation(xs, ys);
    double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2);
    double se = Math.sqrt((1 + rho * rho / 2) / (n - 3));
    double centre = atanh(rho);
    ConfidenceInterval interval =
        new ConfidenceInterval(
            Math.tanh(centre - z * se),
            Math.tanh(centre + z * se),
            confidenceLevel,
            INTERVAL_METHOD);
    return new FeatureScaleCorrelation(
        indicator, scale, n, OptionalDouble.of(rho), Optional.of(interval));
  }

  private static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }

  private static boolean constant(double[] v) {
    for (double d : v) {
      if (d != v[0]) {
        return false;
      }
    }
    return true;
  }
}
