package org.securebase.core.measure;

/** The Jacobson-Truax category of a change between two administrations. */
public enum ChangeCategory {
  /**
   * Reliable improvement that also crossed the clinical-significance cut-off into the functional
   * range.
   */
  RECOVERED,
  /** Reliable improvement without crossing a cut-off (or with no cut-off available). */
  IMPROVED,
  /** The change is within measurement error. */
  UNCHANGED,
  /** Reliable change in the worse direction. */
  DETERIORATED,
  /** Reliable change on a subscale where neither direction is better ({@link Direction#NONE}). */
  RELIABLY_CHANGED
}
