package org.securebase.core.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When an objective counted in sessions ("within 16 sessions") will reach its deadline session,
 * read off the booked calendar: the deadline session is the k-th booked session still to come,
 * where k is the deadline number less the sessions already held. Two dates are compared: as the
 * calendar was planned (every booked occurrence, cancelled ones too) and as it now stands
 * (cancelled occurrences removed). When cancellations move the deadline session later than planned,
 * the objective slips although no session was "lost" from its count. Immutable.
 *
 * @param deadlineSession the objective's deadline session number
 * @param held sessions already held
 * @param planned the date the deadline session falls on as planned, if booked that far
 * @param projected the date it falls on now, if booked that far
 * @param cancelledBefore cancelled occurrences before the projected date
 */
public record SessionProjection(
    int deadlineSession,
    int held,
    Optional<LocalDate> planned,
    Optional<LocalDate> projected,
    int cancelledBefore) {

  /** One upcoming occurrence of the calendar and whether it still stands. */
  public record Upcoming(LocalDate date, boolean cancelled) {}

  /** Whether the deadline was already reached by sessions held. */
  public boolean reached() {
    return held >= deadlineSession;
  }

  /** True when cancellations push the deadline session past the date the calendar planned. */
  public boolean slipped() {
    return !reached()
        && planned.isPresent()
        && (projected.isEmpty() || projected.get().isAfter(planned.get()));
  }

  /**
   * @param upcoming the occurrences still to come, in date order, cancelled ones included
   */
  public static SessionProjection of(int deadlineSession, int held, List<Upcoming> upcoming) {
    int needed = deadlineSession - held;
    if (needed <= 0) {
      return new SessionProjection(deadlineSession, held, Optional.empty(), Optional.empty(), 0);
    }
    Optional<LocalDate> planned =
        upcoming.size() >= needed ? Optional.of(upcoming.get(needed - 1).date()) : Optional.empty();
    List<Upcoming> standing = upcoming.stream().filter(u -> !u.cancelled()).toList();
    Optional<LocalDate> projected =
        standing.size() >= needed ? Optional.of(standing.get(needed - 1).date()) : Optional.empty();
    LocalDate until = projected.orElse(LocalDate.MAX);
    int cancelled =
        (int) upcoming.stream().filter(u -> u.cancelled() && !u.date().isAfter(until)).count();
    return new SessionProjection(deadlineSession, held, planned, projected, cancelled);
  }
}
