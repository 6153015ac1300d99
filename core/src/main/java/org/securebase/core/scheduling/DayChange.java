package org.securebase.core.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A one-off change of one date's hours: on {@code date} the clinician works {@code from}-{@code to}
 * instead of their regular hours (an evening covered, a short day). A date may carry several
 * changes; together they replace that date's regular hours. Immutable.
 */
public record DayChange(LocalDate date, LocalTime from, LocalTime to) {

  public DayChange {
    if (date == null || from == null || to == null || !to.isAfter(from)) {
      throw new IllegalArgumentException(
          "a changed day needs a date and hours that end after they start");
    }
  }
}
