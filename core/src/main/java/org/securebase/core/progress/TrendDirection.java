package org.securebase.core.progress;

/**
 * Which way recovery time is moving, decided only by whether the slope's confidence interval
 * excludes zero.
 */
public enum TrendDirection {
  /** The whole interval is below zero: settling takes less time. */
  GETTING_FASTER,
  /** The whole interval is above zero: settling takes more time. */
  GETTING_SLOWER,
  /** The interval includes zero. */
  NO_CLEAR_CHANGE
}
