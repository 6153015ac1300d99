package org.securebase.core.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One block of a clinician's regular week, in wall-clock time of their own zone ("Monday
 * 09:00-18:00"). Immutable.
 */
public record OpeningHours(DayOfWeek day, LocalTime from, LocalTime to) {

  public OpeningHours {
    if (day == null || from == null || to == null) {
      throw new IllegalArgumentException("opening hours need a day, a start and an end");
    }
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("opening hours must end after they start: " + day);
    }
  }
}
