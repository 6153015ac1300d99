package org.securebase.core.reliability;

import java.util.Objects;

/**
 * A two-sided confidence interval together with its coverage level and the name of the method that
 * produced it, so that a screen or an export never shows bounds without saying how they were
 * obtained.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the nominal coverage, for example 0.95
 * @param method how the bounds were computed, for example "Wilson score"
 */
public record ConfidenceInterval(double lower, double upper, double level, String method) {

  public ConfidenceInterval {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must lie in (0, 1), was " + level);
    }
    Objects.requireNonNull(method, "method");
  }

  /** True when {@code value} lies within the closed interval. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }
}
