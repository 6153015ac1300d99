package org.securebase.core.reliability;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * Intraclass correlations of a complete subjects-by-raters matrix of scale scores (for AAI coding:
 * transcripts by coders, scores on the 1-9 scale), in all six Shrout and Fleiss (1979) forms.
 *
 * <p>The figures reproduce {@code psych::ICC(x, lmer = FALSE)} (psych 2.2.9): mean squares from the
 * two-way ANOVA without replication, the F tests, and the F-based intervals exactly as psych
 * computes them. With complete data psych's default {@code lmer = TRUE} path estimates variance
 * components by REML instead; when no variance component is estimated at zero that path reproduces
 * the same MSB, MSJ and MSE (to the optimiser's precision) but defines the one-way MSW differently,
 * so ICC1 and ICC1k differ; this class follows the classic ANOVA definitions of Shrout and Fleiss.
 * Missing ratings are refused, not imputed. Stateless and thread-safe.
 */
public final class IntraclassCorrelation {

  /** The coverage psych uses by default (alpha = .05). */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  static final String METHOD =
      "Shrout & Fleiss (1979) intraclass correlations from two-way ANOVA mean squares with F-based "
          + "intervals, as R psych::ICC(lmer = FALSE)";

  // Quantiles are found by a solver; ask for far more accuracy than the 1e-9 default so that bounds
  // agree with R to well within 1e-6.
  private static final double QUANTILE_ACCURACY = 1e-14;

  private static final double MEAN_SQUARE_FLOOR = 1e-12;

  private IntraclassCorrelation() {}

  /** All six forms at 95% confidence; see {@link #of(double[][], double)}. */
  public static IccReport of(double[][] ratings) {
    return of(ratings, DEFAULT_CONFIDENCE_LEVEL);
  }

  /**
   * All six forms for a matrix with one row per subject and one column per rater.
   *
   * @param ratings {@code ratings[subject][rater]}; every row the same length; no NaN (a NaN is
   *     read as a missing rating and refused)
   * @param confidenceLevel the interval coverage, in (0, 1)
   * @throws ReliabilityInputException if there are fewer than 2 subjects or 2 raters, the rows are
   *     ragged, a rating is missing or infinite, or every rating is identical; the message names
   *     the subject row and rater column
   */
  public static IccReport of(double[][] ratings, double confidenceLevel) {
    validate(ratings, confidenceLevel);
    int n = ratings.length;
    int k = ratings[0].length;
    double grand = 0;
    double[] rowMeans = new double[n];
    double[] colMeans = new double[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        rowMeans[i] += ratings[i][j] / k;
        colMeans[j] += ratings[i][j] / n;
        grand += ratings[i][j];
      }
    }
    grand /= n * k;
    double ssTotal = 0;
    double ssRows = 0;
    double ssCols = 0;
    double ssError = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double d = ratings[i][j] - grand;
        ssTotal += d * d;
        // The residual is summed directly rather than as SST - SSB - SSJ, which cancels badly.
        double e = ratings[i][j] - rowMeans[i] - colMeans[j] + grand;
        ssError += e * e;
      }
      ssRows += k * (rowMeans[i] - grand) * (rowMeans[i] - grand);
    }
    for (int j = 0; j < k; j++) {
      ssCols += n * (colMeans[j] - grand) * (colMeans[j] - grand);
    }
    if (ssTotal == 0) {
      throw new ReliabilityInputException(
          "every rating is identical; intraclass correlation is undefined");
    }
    double dfB = n - 1;
    double dfJ = k - 1;
    double dfE = (double) (n - 1) * (k - 1);
    double msb = ssRows / dfB;
    double msj = ssCols / dfJ;
    // When raters agree exactly the error mean squares are 0 and every F is 0/0 or infinite. R
    // reaches
    // ICC 1 with interval [1, 1] there only through rounding noise in aov; a floor of 1e-12 of the
    // total mean square gives the same figures deterministically and cannot move any value by 1e-6.
    double floor = MEAN_SQUARE_FLOOR * ssTotal / (n * k - 1);
    double mse = Math.max(ssError / dfE, floor);
    double msw = Math.max((ssCols + ssError) / (dfJ + dfE), floor);

    double icc1 = (msb - msw) / (msb + (k - 1) * msw);
    double icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
    double icc3 = (msb - mse) / (msb + (k - 1) * mse);
    double icc1k = (msb - msw) / msb;
    double icc2k = (msb - mse) / (msb + (msj - mse) / n);
    double icc3k = (msb - mse) / msb;

    double f11 = msb / msw;
    double df11n = n - 1;
    double df11d = (double) n * (k - 1);
    double p11 = upperTail(f11, df11n, df11d);
    double f21 = msb / mse;
    double df21n = n - 1;
    double df21d = dfE;
    double p21 = upperTail(f21, df21n, df21d);

    double tail = 1 - (1 - confidenceLevel) / 2;
    double f1l = f11 / quantile(tail, df11n, df11d);
    double f1u = f11 * quantile(tail, df11d, df11n);
    double f3l = f21 / quantile(tail, df21n, df21d);
    double f3u = f21 * quantile(tail, df21d, df21n);

    // ICC2: Shrout and Fleiss's approximate degrees of freedom v, in psych's algebra.
    double fj = msj / mse;
    double a = k * icc2 * fj + n * (1 + (k - 1) * icc2) - k * icc2;
    double vn = (k - 1) * (n - 1) * a * a;
    double b = n * (1 + (k - 1) * icc2) - k * icc2;
    double vd = (n - 1) * k * k * icc2 * icc2 * fj * fj + b * b;
    double v = vn / vd;
    double f2u = quantile(tail, n - 1, v);
    double f2l = quantile(tail, v, n - 1);
    double l2 = n * (msb - f2u * mse) / (f2u * (k * msj + (k * n - k - n) * mse) + n * msb);
    double u2 = n * (f2l * msb - mse) / (k * msj + (k * n - k - n) * mse + n * f2l * msb);

    List<IccEstimate> estimates = new ArrayList<>();
    String oneWay = "F-based, one-way (Shrout & Fleiss 1979; psych)";
    String twoWay = "F-based, two-way (Shrout & Fleiss 1979; psych)";
    String approximate = "F-based with approximate df (Shrout & Fleiss 1979; psych)";
    estimates.add(
        new IccEstimate(
            IccForm.ICC1,
            icc1,
            f11,
            df11n,
            df11d,
            p11,
            interval(
                (f1l - 1) / (f1l + (k - 1)), (f1u - 1) / (f1u + k - 1), confidenceLevel, oneWay)));
    estimates.add(
        new IccEstimate(
            IccForm.ICC2,
            icc2,
            f21,
            df21n,
            df21d,
            p21,
            interval(l2, u2, confidenceLevel, approximate)));
    estimates.add(
        new IccEstimate(
            IccForm.ICC3,
            icc3,
            f21,
            df21n,
            df21d,
            p21,
            interval(
                (f3l - 1) / (f3l + k - 1), (f3u - 1) / (f3u + k - 1), confidenceLevel, twoWay)));
    estimates.add(
        new IccEstimate(
            IccForm.ICC1K,
            icc1k,
            f11,
            df11n,
            df11d,
            p11,
            interval(1 - 1 / f1l, 1 - 1 / f1u, confidenceLevel, oneWay)));
    estimates.add(
        new IccEstimate(
            IccForm.ICC2K,
            icc2k,
            f21,
            df21n,
            df21d,
            p21,
            interval(
                l2 * k / (1 + l2 * (k - 1)),
                u2 * k / (1 + u2 * (k - 1)),
                confidenceLevel,
                approximate)));
    estimates.add(
        new IccEstimate(
            IccForm.ICC3K,
            icc3k,
            f21,
            df21n,
            df21d,
            p21,
            interval(1 - 1 / f3l, 1 - 1 / f3u, confidenceLevel, twoWay)));
    return new IccReport(n, k, msb, msw, msj, mse, estimates, METHOD);
  }

  private static ConfidenceInterval interval(
      double lower, double upper, double level, String method) {
    return new ConfidenceInterval(lower, upper, level, method);
  }

  private static double quantile(double probability, double df1, double df2) {
    return new FDistribution(null, df1, df2, QUANTILE_ACCURACY)
        .inverseCumulativeProbability(probability);
  }

  private static double upperTail(double f, double df1, double df2) {
    return 1 - new FDistribution(null, df1, df2, QUANTILE_ACCURACY).cumulativeProbability(f);
  }

  private static void validate(double[][] ratings, double confidenceLevel) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new ReliabilityInputException(
          "confidence level must lie in (0, 1), was " + confidenceLevel);
    }
    if (ratings == null || ratings.length < 2) {
      throw new ReliabilityInputException(
          "intraclass correlation needs at least 2 subjects (rows)");
    }
    if (ratings[0] == null || ratings[0].length < 2) {
      throw new ReliabilityInputException(
          "intraclass correlation needs at least 2 raters (columns)");
    }
    int k = ratings[0].length;
    for (int i = 0; i < ratings.length; i++) {
      if (ratings[i] == null || ratings[i].length != k) {
        throw new ReliabilityInputException(
            "subject row "
                + i
                + " has "
                + (ratings[i] == null ? 0 : ratings[i].length)
                + " ratings; expected "
                + k
                + " (one per rater)");
      }
      for (int j = 0; j < k; j++) {
        double r = ratings[i][j];
        if (Double.isNaN(r)) {
          throw new ReliabilityInputException(
              "missing rating for subject row "
                  + i
                  + ", rater column "
                  + j
                  + "; intraclass correlation needs every rater to rate every subject");
        }
        if (Double.isInfinite(r)) {
          throw new ReliabilityInputException(
              "rating for subject row " + i + ", rater column " + j + " is not finite");
        }
      }
    }
  }
}
