package org.securebase.core.progress;

import java.time.Duration;
import java.util.Objects;

/**
 * When a recovery-time trend may be estimated at all, and at what confidence. Below the minimum
 * number of episodes or the minimum time span the answer is "too few to tell", not a number.
 * Immutable.
 *
 * @param minimumEpisodes fewest episodes for an estimate (at least 3)
 * @param minimumSpan shortest time between first and last episode
 * @param confidenceLevel confidence level of the slope interval, for example 0.95
 */
public record TrendPolicy(int minimumEpisodes, Duration minimumSpan, double confidenceLevel) {

  /** Six episodes over at least four weeks, with a 95% interval. */
  public static final TrendPolicy DEFAULT = new TrendPolicy(6, Duration.ofDays(28), 0.95);

  public TrendPolicy {
    Objects.requireNonNull(minimumSpan, "minimumSpan");
    if (minimumEpisodes < 3) {
      throw new IllegalArgumentException(
          "a trend needs at least 3 episodes, was " + minimumEpisodes);
    }
    if (minimumSpan.isNegative()) {
      throw new IllegalArgumentException("minimumSpan must not be negative");
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidenceLevel must lie between 0 and 1");
    }
  }
}
