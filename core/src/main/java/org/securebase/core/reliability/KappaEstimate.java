package org.securebase.core.reliability;

/**
 * Cohen's unweighted kappa with its large-sample variance and normal-theory confidence interval, as
 * {@code psych::cohen.kappa} reports them.
 *
 * @param estimate kappa, (po - pc) / (1 - pc)
 * @param variance the Fleiss, Cohen and Everitt (1969) large-sample variance, as psych computes it
 *     (set to 0 when the formula gives a negative value, as psych does)
 * @param interval estimate -/+ z * sqrt(variance), clipped to [-1, 1] as psych clips it
 */
public record KappaEstimate(double estimate, double variance, ConfidenceInterval interval) {

  /** The standard error, the square root of {@link #variance()}. */
  public double standardError() {
    return Math.sqrt(variance);
  }
}
