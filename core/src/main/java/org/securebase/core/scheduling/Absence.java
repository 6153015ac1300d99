package org.securebase.core.scheduling;

import java.time.LocalDate;

/**
 * Whole days a clinician does not work, both ends included: leave, illness, a planned break. A
 * planned break is entered ahead so the client can be told, with whom to contact meanwhile.
 * Immutable.
 */
public record Absence(LocalDate firstDay, LocalDate lastDay) {

  public Absence {
    if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("an absence needs a first day on or before its last day");
    }
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }
}
