package org.securebase.core.discourse.corpus;

/**
 * The parameters of an evaluation, printed with every report.
 *
 * @param confidenceLevel coverage of every interval
 * @param bootstrapReplicates resamples of the items for the F1 interval
 * @param seed seed of the resampling, fixed so a rerun gives the same intervals
 */
public record EvaluationPolicy(double confidenceLevel, int bootstrapReplicates, long seed) {

  /** 95% intervals, 1,000 bootstrap replicates, seed 20261129. */
  public static final EvaluationPolicy DEFAULT = new EvaluationPolicy(0.95, 1000, 20261129L);

  public EvaluationPolicy {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidence level must lie in (0, 1): " + confidenceLevel);
    }
    if (bootstrapReplicates < 100) {
      throw new IllegalArgumentException("use at least 100 bootstrap replicates");
    }
  }
}
