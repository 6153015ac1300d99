package org.securebase.core.progress;

import java.time.Instant;
import java.util.Objects;

/**
 * One logged activation: when it happened and how many minutes passed until the person felt
 * settled. Immutable.
 *
 * @param occurredAt when the activation happened
 * @param minutesUntilSettled time until settled, in minutes, zero or more
 */
public record Episode(Instant occurredAt, double minutesUntilSettled) {

  public Episode {
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (!(minutesUntilSettled >= 0) || !Double.isFinite(minutesUntilSettled)) {
      throw new IllegalArgumentException(
          "minutesUntilSettled must be a finite number of minutes, zero or more, was "
              + minutesUntilSettled);
    }
  }
}
