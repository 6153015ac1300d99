package org.securebase.app.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.securebase.app.account.Accounts;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.scheduling.Appointment;
import org.securebase.app.scheduling.Appointments;
import org.securebase.app.scheduling.Calendars;
import org.securebase.core.scheduling.AppointmentStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo calendar: the demo clinician works Monday to Friday, 09:00-18:00 New York time; the demo
 * client has a weekly Tuesday 10:00 series, one attended appointment last week, and the clinician's
 * planned break in three weeks' time (the series skips it; the client sees whom to contact
 * meanwhile). Synthetic; booked through the services, so the same checks apply. Seeds only while no
 * appointment exists.
 */
@Component
@ConditionalOnProperty(name = "securebase.demo", havingValue = "true")
@Order(20)
public class DemoScheduling implements ApplicationRunner {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final Accounts accounts;
  private final Calendars calendars;
  private final Appointments appointments;
  private final Clock clock;

  DemoScheduling(Accounts accounts, Calendars calendars, Appointments appointments, Clock clock) {
    this.accounts = accounts;
    this.calendars = calendars;
    this.appointments = appointments;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    var clinicianAccount = accounts.byUsername("clinician");
    var clientAccount = accounts.byUsername("client");
    if (clinicianAccount.isEmpty() || clientAccount.isEmpty() || !calendars.noAppointmentsYet()) {
      return;
    }
    try {
      SignedInUser clinician = ActingAs.account(clinicianAccount.get());
      var clientId = clientAccount.get().clientId();
      calendars.setHours(
          clinician,
          NEW_YORK.getId(),
          Calendars.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(18, 0)));
      LocalDate today = LocalDate.now(clock.withZone(NEW_YORK));
      LocalDate breakStart =
          today.plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      calendars.addAbsence(
          clinician,
          breakStart,
          breakStart.plusDays(4),
          true,
          "Dr. Morgan Lee, covering colleague: 555-0142 (synthetic number)");
      LocalDate lastWeek =
          today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
      Appointment past = appointments.book(request(clientId, lastWeek, 1), clinician, false).get(0);
      appointments.record(past.id(), AppointmentStatus.ATTENDED, clinician);
      LocalDate nextTuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
      appointments.book(request(clientId, nextTuesday, 16), clinician, true);
    } finally {
      ActingAs.end();
    }
  }

  private static Appointments.BookingRequest request(
      java.util.UUID clientId, LocalDate day, int weeks) {
    return new Appointments.BookingRequest(
        clientId, day.atTime(10, 0), NEW_YORK.getId(), 50, "INDIVIDUAL", weeks, 1, null, null);
  }
}
