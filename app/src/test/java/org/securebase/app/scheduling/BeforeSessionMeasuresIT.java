package org.securebase.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.measure.AssignmentForm;
import org.securebase.app.measure.DueMeasure;
import org.securebase.app.measure.OutcomeMonitoring;
import org.securebase.app.measure.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures "before each session": the job makes one occurrence due for each booked appointment once
 * its hours-before moment has come, none for an appointment further ahead, and a second run adds
 * nothing.
 */
class BeforeSessionMeasuresIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired BeforeSessionJob job;
  @Autowired OutcomeMonitoring monitoring;
  @Autowired JdbcClient jdbc;

  /** The next weekday after today (New York), at least one day ahead. */
  static LocalDate nextWeekday() {
    LocalDate d = LocalDate.now(SchedulingFixture.NEW_YORK).plusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  static AssignmentForm beforeEachSession(int hours) {
    AssignmentForm form = new AssignmentForm();
    form.setInstrumentId("phq-9");
    form.setSchedule(Schedule.BEFORE_SESSION);
    form.setHoursBefore(hours);
    form.setStartDate(LocalDate.now(ZoneOffset.UTC));
    return form;
  }

  @Test
  void aMeasureFallsDueHoursBeforeEachBookedSessionOnceOnly() {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    SignedInUser client = workspace.clientPerson(clinician);
    Appointment soon =
        SchedulingFixture.book(context, clinician, client.clientId(), nextWeekday() + "T10:00");
    // Three weeks ahead: far beyond the 120 hours, so nothing is due for it yet.
    SchedulingFixture.book(
        context, clinician, client.clientId(), SchedulingFixture.monday(3) + "T10:00");
    monitoring.assign(client.clientId(), beforeEachSession(120), clinician);
    assertThat(monitoring.dueForClient(client)).isEmpty();

    int first = job.createDue();
    int second = job.createDue();

    List<DueMeasure> due = monitoring.dueForClient(client);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).expiresOn()).isEqualTo(LocalDate.ofInstant(soon.start(), ZoneOffset.UTC));
    assertThat(first).isGreaterThanOrEqualTo(1);
    assertThat(second).isZero();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM measure_administration a JOIN measure_assignment s"
                        + " ON s.id = a.assignment_id WHERE a.client_id = :c"
                        + " AND s.schedule = 'BEFORE_SESSION'")
                .param("c", client.clientId())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void aCancelledSessionMakesNothingDue() {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    SignedInUser client = workspace.clientPerson(clinician);
    Appointment soon =
        SchedulingFixture.book(context, clinician, client.clientId(), nextWeekday() + "T11:00");
    context.getBean(Appointments.class).cancelByClinician(soon.id(), false, clinician);
    monitoring.assign(client.clientId(), beforeEachSession(120), clinician);

    job.createDue();

    assertThat(monitoring.dueForClient(client)).isEmpty();
  }
}
