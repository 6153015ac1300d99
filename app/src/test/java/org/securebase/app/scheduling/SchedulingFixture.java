package org.securebase.app.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;

/**
 * Sets up calendars for scheduling tests (and for other features' tests through the public API).
 */
public final class SchedulingFixture {

  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private SchedulingFixture() {}

  /** Gives the clinician Monday-Friday 09:00-18:00 New York hours. */
  public static void weekdayHours(ApplicationContext context, SignedInUser clinician) {
    context
        .getBean(Calendars.class)
        .setHours(
            clinician,
            NEW_YORK.getId(),
            Calendars.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)));
  }

  /** The Monday {@code weeksAhead} weeks after the coming one, New York date. */
  public static LocalDate monday(int weeksAhead) {
    return LocalDate.now(NEW_YORK)
        .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
        .plusWeeks(weeksAhead);
  }

  /** A weekday at least two days back, for appointments that already took place. */
  public static LocalDate pastWeekday() {
    LocalDate d = LocalDate.now(NEW_YORK).minusDays(2);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** Books one appointment through the service. */
  public static Appointment book(
      ApplicationContext context, SignedInUser clinician, UUID clientId, String localStart) {
    return context
        .getBean(Appointments.class)
        .book(
            new Appointments.BookingRequest(
                clientId,
                java.time.LocalDateTime.parse(localStart),
                NEW_YORK.getId(),
                null,
                "INDIVIDUAL",
                null,
                null,
                null,
                null),
            clinician,
            false)
        .get(0);
  }
}
