package org.securebase.core.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The times a client may request: starts inside the clinician's working spans, every {@code step}
 * from the start of each span, where the whole appointment fits and {@link SlotCheck} finds no
 * problem for a client booking. Pure; the same inputs always give the same slots.
 */
public final class FreeSlots {

  private FreeSlots() {}

  public static List<TimeSpan> between(
      LocalDate first,
      LocalDate last,
      AppointmentType type,
      Availability availability,
      List<Booking> busy,
      Instant now,
      Duration step) {
    if (step.isZero() || step.isNegative()) {
      throw new IllegalArgumentException("the slot step must be positive");
    }
    List<TimeSpan> free = new ArrayList<>();
    for (TimeSpan open : availability.open(first, last)) {
      for (Instant start = open.start();
          !start.plus(type.length()).isAfter(open.end());
          start = start.plus(step)) {
        TimeSpan slot = TimeSpan.of(start, type.length());
        if (SlotCheck.check(slot, type, availability, busy, now, SlotCheck.BookedBy.CLIENT)
            .bookable()) {
          free.add(slot);
        }
      }
    }
    return free;
  }
}
