package org.securebase.core.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Percent agreement and Cohen's unweighted kappa for two raters' categorical classifications of the
 * same items, on plain string labels so that any category set (2-way secure/insecure, 3-way F/Ds/E,
 * 4-way F/Ds/E/U) can be compared after the caller maps its classifications.
 *
 * <p>Kappa, its variance and its interval reproduce {@code psych::cohen.kappa} (psych 2.2.9): the
 * variance is the Fleiss, Cohen and Everitt (1969) large-sample formula as psych writes it, the
 * interval is kappa -/+ z * SE, and bounds beyond -1 or 1 are clipped as psych clips them. Percent
 * agreement gets a Wilson score interval. Stateless and thread-safe.
 */
public final class CategoricalAgreement {

  /** The coverage psych uses by default (alpha = .05). */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  static final String METHOD =
      "Percent agreement with Wilson score interval; Cohen's unweighted kappa with the Fleiss-Cohen-"
          + "Everitt large-sample variance and normal interval, as R psych::cohen.kappa";

  private CategoricalAgreement() {}

  /**
   * Agreement over the categories the two raters actually used, at 95% confidence.
   *
   * @param first the first rater's label for each item
   * @param second the second rater's label for the same items, in the same order
   * @throws ReliabilityInputException if the lists differ in length, are empty, or hold a null or
   *     blank label
   */
  public static AgreementResult of(List<String> first, List<String> second) {
    return of(first, second, List.of(), DEFAULT_CONFIDENCE_LEVEL);
  }

  /**
   * Agreement over the given category set plus any further label the raters used. Declaring the
   * full set keeps unused categories visible in the cross-table; it does not change unweighted
   * kappa.
   *
   * @param categories categories to include even if no rater used them (may be empty)
   * @param confidenceLevel the coverage of both intervals, in (0, 1)
   * @throws ReliabilityInputException on unusable input, naming the item index
   */
  public static AgreementResult of(
      List<String> first,
      List<String> second,
      Collection<String> categories,
      double confidenceLevel) {
    if (first == null || second == null) {
      throw new ReliabilityInputException("both raters' label lists are required");
    }
    if (first.size() != second.size()) {
      throw new ReliabilityInputException(
          "raters labelled different numbers of items: first "
              + first.size()
              + ", second "
              + second.size());
    }
    if (first.isEmpty()) {
      throw new ReliabilityInputException("no paired labels to compare");
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new ReliabilityInputException(
          "confidence level must lie in (0, 1), was " + confidenceLevel);
    }
    TreeSet<String> levels = new TreeSet<>();
    for (String c : categories) {
      levels.add(requireLabel(c, "declared category"));
    }
    for (int i = 0; i < first.size(); i++) {
      levels.add(requireLabel(first.get(i), "first rater's label at item " + i));
      levels.add(requireLabel(second.get(i), "second rater's label at item " + i));
    }
    List<String> order = new ArrayList<>(levels);
    int k = order.size();
    int n = first.size();
    int[][] counts = new int[k][k];
    for (int i = 0; i < n; i++) {
      counts[order.indexOf(first.get(i))][order.indexOf(second.get(i))]++;
    }
    int agreements = 0;
    for (int i = 0; i < k; i++) {
      agreements += counts[i][i];
    }
    ConfidenceInterval wilson = wilson(n, agreements, confidenceLevel);
    List<List<Integer>> table = new ArrayList<>();
    for (int[] row : counts) {
      table.add(Arrays.stream(row).boxed().toList());
    }
    return new AgreementResult(
        n,
        order,
        table,
        agreements,
        (double) agreements / n,
        wilson,
        kappa(counts, n, confidenceLevel),
        METHOD,
        ReliabilityBenchmark.AAI_CLASSIFICATION);
  }

  private static String requireLabel(String label, String what) {
    if (label == null || label.isBlank()) {
      throw new ReliabilityInputException(what + " is missing or blank");
    }
    return label;
  }

  private static ConfidenceInterval wilson(int n, int agreements, double level) {
    org.apache.commons.math3.stat.interval.ConfidenceInterval ci =
        new WilsonScoreInterval().createInterval(n, agreements, level);
    return new ConfidenceInterval(ci.getLowerBound(), ci.getUpperBound(), level, "Wilson score");
  }

  /** Kappa as psych::cohen.kappa1 computes it; the variable names follow psych's source. */
  private static Optional<KappaEstimate> kappa(int[][] counts, int n, double level) {
    int k = counts.length;
    double[][] x = new double[k][k];
    double[] rs = new double[k];
    double[] cs = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        x[i][j] = (double) counts[i][j] / n;
        rs[i] += x[i][j];
        cs[j] += x[i][j];
      }
    }
    double po = 0;
    double pc = 0;
    for (int i = 0; i < k; i++) {
      po += x[i][i];
      pc += rs[i] * cs[i];
    }
    if (!(1 - pc > 0)) {
      return Optional.empty();
    }
    double kappa = (po - pc) / (1 - pc);
    // tr(x * (I(1-pc) - (rs %+% t(cs))(1-po))^2): only the diagonal survives the trace.
    double diagonal = 0;
    for (int i = 0; i < k; i++) {
      double term = (1 - pc) - (rs[i] + cs[i]) * (1 - po);
      diagonal += x[i][i] * term * term;
    }
    // sum(x * (cs %+% t(rs))^2) - tr(...): the off-diagonal cells, weighted by (p.i + pj.)^2.
    double offDiagonal = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j) {
          double s = cs[i] + rs[j];
          offDiagonal += x[i][j] * s * s;
        }
      }
    }
    double last = po * pc - 2 * pc + po;
    double variance =
        (diagonal + (1 - po) * (1 - po) * offDiagonal - last * last) / (n * Math.pow(1 - pc, 4));
    if (Double.isNaN(variance) || variance < 0) {
      variance = 0; // psych sets a negative or undefined variance to 0 and flags it "bad"
    }
    double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - level) / 2);
    double half = z * Math.sqrt(variance);
    double lower = Math.max(-1, kappa - half);
    double upper = Math.min(1, kappa + half);
    return Optional.of(
        new KappaEstimate(
            kappa,
            variance,
            new ConfidenceInterval(
                lower, upper, level, "Fleiss-Cohen-Everitt variance, normal (psych)")));
  }
}
