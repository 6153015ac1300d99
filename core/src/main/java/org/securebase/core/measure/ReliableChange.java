package org.securebase.core.measure;

import java.util.Objects;

/**
 * Jacobson &amp; Truax (1991) reliable change and clinical significance:
 *
 * <pre>
 * SE_m   = SD * sqrt(1 - r)
 * S_diff = sqrt(2) * SE_m
 * RCI    = (post - pre) / S_diff        reliable when |RCI| &gt; 1.96
 * </pre>
 *
 * A reliable change in the better direction is an improvement, and a recovery when it also crosses
 * the clinical cut-off from the dysfunctional to the functional side; a reliable change in the
 * worse direction is a deterioration. Which way is better comes from the subscale definition.
 *
 * <p>Worked example: with SD 1.10 and r .90, S_diff is 0.4919 and the minimum reliable difference
 * is 0.964, so a change of 0.97 is reliable while 0.96 (RCI 1.95) is not.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReliableChange {

  /** Two-tailed 5% critical value of the standard normal used by Jacobson and Truax. */
  public static final double CRITICAL_Z = 1.96;

  private ReliableChange() {}

  /**
   * Computes reliable change between two scores.
   *
   * @param pre earlier score
   * @param post later score
   * @param direction which way is better
   * @param spread the SD to use, with its source
   * @param reliability the reliability to use (test-retest preferred), with its source
   * @param cutOff the clinical cut-off, or {@code null} when no norms exist
   */
  public static ReliableChangeResult assess(
      double pre,
      double post,
      Direction direction,
      ScoreSpread spread,
      Reliability reliability,
      ClinicalCutOff cutOff) {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(spread, "spread");
    Objects.requireNonNull(reliability, "reliability");
    if (!Double.isFinite(pre) || !Double.isFinite(post)) {
      throw new IllegalArgumentException("pre and post scores must be finite numbers");
    }
    if (cutOff != null && cutOff.direction() != direction) {
      throw new IllegalArgumentException("the cut-off was computed for another direction");
    }
    double seM = spread.sd() * Math.sqrt(1 - reliability.value());
    double sDiff = Math.sqrt(2) * seM;
    double difference = post - pre;
    double rci = difference / sDiff;
    boolean reliable = Math.abs(rci) > CRITICAL_Z;
    ChangeCategory category = categorize(pre, post, rci, reliable, direction, cutOff);
    return new ReliableChangeResult(
        pre,
        post,
        difference,
        seM,
        sDiff,
        rci,
        CRITICAL_Z * sDiff,
        reliable,
        direction,
        category,
        reliability,
        spread,
        cutOff);
  }

  /**
   * Computes reliable change between two stored scores of the same subscale, target and definition
   * version, taking the direction from the subscale.
   *
   * @throws IllegalArgumentException when either score is missing or the scores do not belong
   *     together
   */
  public static ReliableChangeResult between(
      Score pre,
      Score post,
      Subscale subscale,
      ScoreSpread spread,
      Reliability reliability,
      ClinicalCutOff cutOff) {
    if (!pre.instrumentId().equals(post.instrumentId())
        || !pre.instrumentVersion().equals(post.instrumentVersion())) {
      throw new IllegalArgumentException(
          "scores come from different instruments or definition versions: "
              + pre.instrumentId()
              + " "
              + pre.instrumentVersion()
              + " and "
              + post.instrumentId()
              + " "
              + post.instrumentVersion());
    }
    if (!pre.subscaleId().equals(subscale.id())
        || !post.subscaleId().equals(subscale.id())
        || !Objects.equals(pre.target(), post.target())) {
      throw new IllegalArgumentException(
          "scores must be of subscale '" + subscale.id() + "' and the same target");
    }
    if (pre.isMissing() || post.isMissing()) {
      throw new IllegalArgumentException(
          "reliable change needs two scores; subscale '" + subscale.id() + "' is missing in one");
    }
    return assess(pre.value(), post.value(), subscale.direction(), spread, reliability, cutOff);
  }

  /** The smallest change that counts as reliable: {@code 1.96 * sqrt(2) * SD * sqrt(1 - r)}. */
  public static double minimumReliableDifference(ScoreSpread spread, Reliability reliability) {
    return CRITICAL_Z * Math.sqrt(2) * spread.sd() * Math.sqrt(1 - reliability.value());
  }

  private static ChangeCategory categorize(
      double pre,
      double post,
      double rci,
      boolean reliable,
      Direction direction,
      ClinicalCutOff cutOff) {
    if (!reliable) {
      return ChangeCategory.UNCHANGED;
    }
    if (direction == Direction.NONE) {
      return ChangeCategory.RELIABLY_CHANGED;
    }
    boolean better = direction == Direction.LOWER_IS_BETTER ? rci < 0 : rci > 0;
    if (!better) {
      return ChangeCategory.DETERIORATED;
    }
    if (cutOff != null && !cutOff.isFunctional(pre) && cutOff.isFunctional(post)) {
      return ChangeCategory.RECOVERED;
    }
    return ChangeCategory.IMPROVED;
  }
}
