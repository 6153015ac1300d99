package org.securebase.core.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The trend in time-until-settled over the activation log: either an estimate or an honest "too few
 * to tell".
 *
 * <p>The slope is the Theil-Sen estimator (Sen 1968): the median of the slopes between every pair
 * of episodes with different timestamps, in minutes per week. Its confidence interval is Sen's
 * distribution-free interval from Kendall's S: with {@code N} pairwise slopes sorted and {@code C =
 * z * sqrt(Var S)}, the lower limit is the slope of rank {@code round((N - C) / 2)} and the upper
 * limit the slope of rank {@code round((N + C) / 2 + 1)} (1-based, rounding half to even like R and
 * NumPy), with {@code Var S = [n(n-1)(2n+5) - sum t(t-1)(2t+5)] / 18} summed over groups of tied
 * timestamps and of tied recovery times (Sen 1968, equation 2.6). These are the ranks of SciPy's
 * {@code scipy.stats.theilslopes} and of R's {@code trend::sens.slope}; like SciPy and unlike
 * {@code trend::sens.slope} (which assumes equally spaced observations) the slopes use real
 * timestamps. Where SciPy clamps a rank that falls outside the slopes, this returns "too few to
 * tell". Reference values from SciPy are pinned in the tests ({@code progress/sen-reference.csv}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface RecoveryTrend permits RecoveryTrend.Estimate, RecoveryTrend.TooFewToTell {

  /** Name of the method, for footnotes. */
  String METHOD =
      "Theil-Sen slope (median of pairwise slopes) with Sen's Kendall-based confidence interval";

  /** How many episodes the trend was computed from. */
  int episodes();

  /** Time between the first and the last episode. */
  Duration span();

  /**
   * A trend estimate.
   *
   * @param minutesPerWeek Theil-Sen slope: change in minutes until settled per week (negative is
   *     faster)
   * @param lowerMinutesPerWeek lower confidence limit
   * @param upperMinutesPerWeek upper confidence limit
   * @param confidenceLevel the interval's confidence level
   * @param direction decided by whether the interval excludes zero
   * @param episodes number of episodes
   * @param pairs number of pairwise slopes (pairs with equal timestamps are skipped)
   * @param span time between first and last episode
   */
  record Estimate(
      double minutesPerWeek,
      double lowerMinutesPerWeek,
      double upperMinutesPerWeek,
      double confidenceLevel,
      TrendDirection direction,
      int episodes,
      int pairs,
      Duration span)
      implements RecoveryTrend {}

  /**
   * Not enough data to estimate a trend; the product says so instead of showing a number.
   *
   * @param episodes number of episodes
   * @param span time between first and last episode
   * @param policy the thresholds that were not met
   * @param reason the reason in plain words, for logs and clinician screens
   */
  record TooFewToTell(int episodes, Duration span, TrendPolicy policy, String reason)
      implements RecoveryTrend {}

  /** Estimates the trend with {@link TrendPolicy#DEFAULT}. */
  static RecoveryTrend of(List<Episode> episodes) {
    return of(episodes, TrendPolicy.DEFAULT);
  }

  /** Estimates the trend of time-until-settled, or says there are too few episodes to tell. */
  static RecoveryTrend of(List<Episode> episodes, TrendPolicy policy) {
    Objects.requireNonNull(episodes, "episodes");
    Objects.requireNonNull(policy, "policy");
    List<Episode> sorted = new ArrayList<>(episodes);
    sorted.sort(Comparator.comparing(Episode::occurredAt));
    int n = sorted.size();
    Duration span =
        n == 0
            ? Duration.ZERO
            : Duration.between(sorted.get(0).occurredAt(), sorted.get(n - 1).occurredAt());
    if (n < policy.minimumEpisodes()) {
      return new TooFewToTell(
          n,
          span,
          policy,
          n + " episodes logged; at least " + policy.minimumEpisodes() + " are needed");
    }
    if (span.compareTo(policy.minimumSpan()) < 0) {
      return new TooFewToTell(
          n,
          span,
          policy,
          "episodes span "
              + span.toDays()
              + " days; at least "
              + policy.minimumSpan().toDays()
              + " days are needed");
    }
    double[] slopes = SenSlope.pairwiseSlopesPerWeek(sorted);
    int pairs = slopes.length;
    Arrays.sort(slopes);
    double median = new Median().evaluate(slopes);
    double z =
        new NormalDistribution(0, 1)
            .inverseCumulativeProbability(1 - (1 - policy.confidenceLevel()) / 2);
    double c = z * Math.sqrt(SenSlope.kendallVariance(sorted));
    long lowerRank = (long) Math.rint((pairs - c) / 2);
    long upperRank = (long) Math.rint((pairs + c) / 2 + 1);
    if (lowerRank < 1 || upperRank > pairs) {
      return new TooFewToTell(
          n, span, policy, "too few distinct episodes for a confidence interval on the trend");
    }
    double lower = slopes[(int) lowerRank - 1];
    double upper = slopes[(int) upperRank - 1];
    TrendDirection direction =
        upper < 0
            ? TrendDirection.GETTING_FASTER
            : lower > 0 ? TrendDirection.GETTING_SLOWER : TrendDirection.NO_CLEAR_CHANGE;
    return new Estimate(median, lower, upper, policy.confidenceLevel(), direction, n, pairs, span);
  }
}
