package org.securebase.core.measure;

/**
 * Which way a subscale's score counts as better, stated by the instrument definition so that change
 * statistics never have to guess.
 */
public enum Direction {
  /** Lower is better, as for attachment anxiety and avoidance. */
  LOWER_IS_BETTER,
  /** Higher is better, as for the self-monitoring checklist. */
  HIGHER_IS_BETTER,
  /**
   * Neither end is simply better (for example RFQ-8 certainty, where both extremes are a concern);
   * change can be reliable but is never called improvement or deterioration.
   */
  NONE
}
