package org.securebase.app.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * A booking refused because the time is taken: each clash names the requested occurrence and the
 * time already booked there, so the caller can answer 409 with the conflicting times.
 */
public class BookingConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One requested occurrence and the booked time it clashes with. */
  public record Clash(
      Instant requestedStart, Instant requestedEnd, Instant takenStart, Instant takenEnd) {}

  private final transient List<Clash> clashes;

  public BookingConflictException(String message, List<Clash> clashes) {
    super(message);
    this.clashes = List.copyOf(clashes);
  }

  public List<Clash> clashes() {
    return clashes;
  }
}
