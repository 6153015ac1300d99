package org.securebase.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.ObjectiveProjections;
import org.securebase.app.plan.PlanForm;
import org.securebase.app.plan.TreatmentPlans;
import org.securebase.core.scheduling.AppointmentStatus;
import org.securebase.core.scheduling.Frame;
import org.securebase.core.scheduling.SessionProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The frame and the plan read off the calendar: an objective "by session 4" gets the date of the
 * fourth booked session, and a warning once a cancellation moves it later; the clinician's record
 * of the client shows sessions held as scheduled, their own cancellations and the longest gap.
 */
class FrameAndProjectionIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Appointments appointments;
  @Autowired TreatmentPlans plans;
  @Autowired ObjectiveProjections projections;
  @Autowired ClientFrame frames;
  @Autowired MockMvc mvc;

  private SignedInUser clinician;
  private Client client;

  private void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    client = workspace.clientOf(clinician, "synthetic");
  }

  private UUID planBySession(int session) {
    PlanForm form = plans.form(client.id(), clinician);
    form.getObjectives().get(0).setIncluded(true);
    form.getObjectives().get(0).setDeadlineSession(session);
    form.getObjectives().get(0).setDeadlineDate(null);
    return plans.save(client.id(), form, clinician).objectives().get(0).key();
  }

  private List<Appointment> weeklySeries(LocalDate first, int weeks) {
    return appointments.book(
        new Appointments.BookingRequest(
            client.id(),
            first.atTime(10, 0),
            SchedulingFixture.NEW_YORK.getId(),
            null,
            "INDIVIDUAL",
            weeks,
            1,
            null,
            null),
        clinician,
        true);
  }

  @Test
  void anObjectiveInSessionsShowsItsDateAndWarnsWhenACancellationMovesIt() throws Exception {
    setUp();
    UUID objective = planBySession(4);
    LocalDate first = SchedulingFixture.monday(1);
    List<Appointment> series = weeklySeries(first, 6);

    SessionProjection asBooked =
        projections.of(client.id(), plans.read(client.id(), clinician)).get(objective);
    assertThat(asBooked.projected()).contains(first.plusWeeks(3));
    assertThat(asBooked.slipped()).isFalse();

    appointments.cancelByClinician(series.get(1).id(), false, clinician);

    SessionProjection moved =
        projections.of(client.id(), plans.read(client.id(), clinician)).get(objective);
    assertThat(moved.planned()).contains(first.plusWeeks(3));
    assertThat(moved.projected()).contains(first.plusWeeks(4));
    assertThat(moved.cancelledBefore()).isEqualTo(1);
    assertThat(moved.slipped()).isTrue();

    String page =
        mvc.perform(get("/clients/" + client.id() + "/plan").with(user(clinician)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Session 4 falls on").contains("one cancellation moves it past");
  }

  @Test
  void aSeriesNotBookedFarEnoughSaysSo() {
    setUp();
    UUID objective = planBySession(8);
    weeklySeries(SchedulingFixture.monday(1), 3);

    SessionProjection p =
        projections.of(client.id(), plans.read(client.id(), clinician)).get(objective);

    assertThat(p.projected()).isEmpty();
    assertThat(p.planned()).isEmpty();
    assertThat(p.slipped()).isFalse();
  }

  @Test
  void theFrameCountsHeldSessionsClinicianCancellationsAndTheLongestGap() throws Exception {
    setUp();
    LocalDate last = SchedulingFixture.pastWeekday();
    Appointment a1 = pastAt(last.minusDays(28));
    Appointment a2 = pastAt(last.minusDays(21));
    Appointment a3 = pastAt(last.minusDays(14));
    Appointment a4 = pastAt(last.minusDays(7));
    Appointment a5 = pastAt(last);
    appointments.record(a1.id(), AppointmentStatus.ATTENDED, clinician);
    appointments.record(a2.id(), AppointmentStatus.ATTENDED, clinician);
    appointments.cancelByClinician(a3.id(), false, clinician);
    appointments.record(a4.id(), AppointmentStatus.NO_SHOW, clinician);
    appointments.record(a5.id(), AppointmentStatus.ATTENDED, clinician);

    Frame frame = frames.frame(client.id());

    assertThat(frame.scheduled()).isEqualTo(5);
    assertThat(frame.held()).isEqualTo(3);
    assertThat(frame.clinicianCancelled()).isEqualTo(1);
    assertThat(frame.noShows()).isEqualTo(1);
    assertThat(frame.longestGapDays()).isEqualTo(21);
    assertThat(frame.longestGapFrom()).contains(last.minusDays(21));

    String page =
        mvc.perform(get("/clients/" + client.id()).with(user(clinician)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("The frame so far")
        .contains("3 of 5 (60%)")
        .contains("21 days, from");
  }

  private Appointment pastAt(LocalDate day) {
    return SchedulingFixture.book(
        context,
        clinician,
        client.id(),
        LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).toString());
  }
}
