package org.securebase.core.measure;

/** How a subscale combines its keyed item values. */
public enum Aggregation {
  /** Mean of the answered items, subject to the instrument's missing-data rule. */
  MEAN,
  /**
   * Sum of item values times their weights (the Relationship Questionnaire's self and other
   * models). A weighted difference cannot be pro-rated, so any missing item makes the score
   * missing.
   */
  WEIGHTED_SUM
}
