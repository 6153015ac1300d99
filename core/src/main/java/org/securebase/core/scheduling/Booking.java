package org.securebase.core.scheduling;

import java.time.Duration;

/**
 * Time a clinician has given to something: the appointment itself and its buffers. {@code ref} is
 * the caller's handle (an appointment id), carried through so a conflict can name what it hit.
 * Immutable.
 */
public record Booking(String ref, TimeSpan span, Duration bufferBefore, Duration bufferAfter) {

  public static Booking of(String ref, TimeSpan span, AppointmentType type) {
    return new Booking(ref, span, type.bufferBefore(), type.bufferAfter());
  }

  /** The appointment widened by its buffers. */
  public TimeSpan blocked() {
    return span.widened(bufferBefore, bufferAfter);
  }

  /**
   * Whether two bookings cannot both stand: either one's appointment falls in the other's
   * appointment or buffers. Two buffers may overlap each other (the ten minutes after one session
   * may also be the ten minutes before the next), as in common practice-management tools.
   */
  public boolean clashesWith(Booking other) {
    return blocked().overlaps(other.span) || span.overlaps(other.blocked());
  }
}
