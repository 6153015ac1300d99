package org.securebase.core.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an appointment may be booked at a given time, and if not, every reason why. The rules (a
 * booking policy, after Cal.com's and SimplePractice's published booking settings): no clash with
 * another booking or its buffers; inside the clinician's hours and not on a day off; and, for a
 * client booking themself, in the future, at least the type's minimum notice ahead and not beyond
 * its horizon. A clinician booking for a client is held to hours and clashes only: they may enter
 * an appointment that already took place, or one at short notice.
 */
public final class SlotCheck {

  private SlotCheck() {}

  /** Why a time cannot be booked. */
  public enum Problem {
    CLASH,
    OUTSIDE_HOURS,
    DAY_OFF,
    TOO_SOON,
    TOO_FAR_AHEAD,
    IN_THE_PAST
  }

  /** Who asks for the time: a client requesting it, or a clinician booking it. */
  public enum BookedBy {
    CLIENT,
    CLINICIAN
  }

  /**
   * The outcome for one time: the problems (none when it may be booked) and what it clashes with.
   */
  public record Outcome(TimeSpan span, List<Problem> problems, List<Booking> clashes) {
    public boolean bookable() {
      return problems.isEmpty();
    }
  }

  public static Outcome check(
      TimeSpan span,
      AppointmentType type,
      Availability availability,
      List<Booking> busy,
      Instant now,
      BookedBy by) {
    List<Problem> problems = new ArrayList<>();
    Booking candidate = Booking.of("candidate", span, type);
    List<Booking> clashes = busy.stream().filter(candidate::clashesWith).toList();
    if (!clashes.isEmpty()) {
      problems.add(Problem.CLASH);
    }
    if (availability.absentOn(span.start().atZone(availability.zone()).toLocalDate())) {
      problems.add(Problem.DAY_OFF);
    } else if (!availability.covers(span)) {
      problems.add(Problem.OUTSIDE_HOURS);
    }
    if (by == BookedBy.CLIENT && span.start().isBefore(now)) {
      problems.add(Problem.IN_THE_PAST);
    } else if (by == BookedBy.CLIENT) {
      if (span.start().isBefore(now.plus(type.minimumNotice()))) {
        problems.add(Problem.TOO_SOON);
      }
      if (span.start().isAfter(now.plus(type.horizon()))) {
        problems.add(Problem.TOO_FAR_AHEAD);
      }
    }
    return new Outcome(span, List.copyOf(problems), clashes);
  }

  /**
   * Checks every occurrence of a series, not the first few: a clash in week 31 is found as surely
   * as one in week 1. Occurrences are also checked against each other, which matters only for a
   * series whose length exceeds its interval.
   */
  public static List<Outcome> checkSeries(
      Series series,
      AppointmentType type,
      Availability availability,
      List<Booking> busy,
      Instant now,
      BookedBy by) {
    List<Outcome> outcomes = new ArrayList<>();
    for (TimeSpan occurrence : series.occurrences()) {
      outcomes.add(check(occurrence, type, availability, busy, now, by));
    }
    return outcomes;
  }
}
