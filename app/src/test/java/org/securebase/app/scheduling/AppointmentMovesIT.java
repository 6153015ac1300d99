package org.securebase.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Moving one occurrence of a series, or the rest of it: the others stay put, the rest keeps its
 * local time across the March change, a clash refuses the whole move (409 from the API) and changes
 * nothing, and each moved invitation raises its SEQUENCE and leaves the client a notice.
 */
class AppointmentMovesIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Appointments appointments;
  @Autowired AppointmentMoves moves;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  private SignedInUser clinician;
  private Client client;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    client = workspace.clientOf(clinician, "synthetic");
  }

  private List<Appointment> series(LocalDate first, int weeks) {
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

  private Appointment reread(Appointment a) {
    return appointments.read(a.id(), clinician);
  }

  @Test
  void oneOccurrenceMovesAndTheOthersStay() {
    LocalDate first = SchedulingFixture.monday(1);
    List<Appointment> booked = series(first, 4);
    Appointment second = booked.get(1);

    List<Appointment> moved =
        moves.move(second.id(), first.plusWeeks(1).plusDays(1).atTime(11, 0), false, clinician);

    assertThat(moved).hasSize(1);
    assertThat(reread(second).localStart()).isEqualTo(first.plusWeeks(1).plusDays(1).atTime(11, 0));
    assertThat(reread(second).icalSequence()).isEqualTo(second.icalSequence() + 1);
    assertThat(reread(booked.get(0)).localStart()).isEqualTo(first.atTime(10, 0));
    assertThat(reread(booked.get(2)).localStart()).isEqualTo(first.plusWeeks(2).atTime(10, 0));
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM schedule_notice WHERE appointment_id = :a"
                        + " AND kind = 'MOVED'")
                .param("a", second.id())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void theRestOfTheSeriesMovesAndKeepsItsLocalTimeAcrossTheMarchChange() {
    // Mondays from early February to April: the US clocks change on the second Sunday of March.
    LocalDate first =
        LocalDate.of(LocalDate.now(SchedulingFixture.NEW_YORK).getYear() + 1, 2, 1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    List<Appointment> booked = series(first, 10);

    List<Appointment> moved =
        moves.move(booked.get(2).id(), first.plusWeeks(2).atTime(15, 0), true, clinician);

    assertThat(moved).hasSize(8);
    assertThat(moved).allMatch(a -> a.localStart().toLocalTime().equals(LocalTime.of(15, 0)));
    assertThat(moved)
        .extracting(a -> a.localStart().toLocalDate())
        .containsExactly(
            first.plusWeeks(2),
            first.plusWeeks(3),
            first.plusWeeks(4),
            first.plusWeeks(5),
            first.plusWeeks(6),
            first.plusWeeks(7),
            first.plusWeeks(8),
            first.plusWeeks(9));
    assertThat(reread(booked.get(0)).localStart()).isEqualTo(first.atTime(10, 0));
    assertThat(reread(booked.get(1)).localStart()).isEqualTo(first.plusWeeks(1).atTime(10, 0));
  }

  @Test
  void aClashAnywhereRefusesTheWholeMoveAnd409sFromTheApi() throws Exception {
    LocalDate first = SchedulingFixture.monday(1);
    List<Appointment> booked = series(first, 3);
    Client other = new TestWorkspace(context).clientOf(clinician, "synthetic");
    SchedulingFixture.book(context, clinician, other.id(), first.plusWeeks(2) + "T14:00");

    assertThatThrownBy(() -> moves.move(booked.get(0).id(), first.atTime(14, 0), true, clinician))
        .isInstanceOf(BookingConflictException.class);
    assertThat(reread(booked.get(0)).localStart()).isEqualTo(first.atTime(10, 0));
    assertThat(reread(booked.get(1)).localStart()).isEqualTo(first.plusWeeks(1).atTime(10, 0));

    MvcResult clash =
        mvc.perform(
                post("/api/appointments/" + booked.get(2).id() + "/move")
                    .with(user(clinician))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"start\":\"" + first.plusWeeks(2) + "T14:30\"}"))
            .andReturn();
    assertThat(clash.getResponse().getStatus()).isEqualTo(409);
    assertThat(
            (String)
                JsonPath.read(
                    clash.getResponse().getContentAsString(), "$.conflicts[0].conflictingStart"))
        .isNotBlank();

    MvcResult fine =
        mvc.perform(
                post("/api/appointments/" + booked.get(2).id() + "/move")
                    .with(user(clinician))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"start\":\"" + first.plusWeeks(2) + "T16:00\"}"))
            .andReturn();
    assertThat(fine.getResponse().getStatus()).isEqualTo(200);
    assertThat((String) JsonPath.read(fine.getResponse().getContentAsString(), "$[0].start"))
        .startsWith(first.plusWeeks(2) + "T16:00");
  }

  @Test
  void aMoveOutsideTheHoursIsRefused() {
    List<Appointment> booked = series(SchedulingFixture.monday(1), 2);
    assertThatThrownBy(
            () ->
                moves.move(
                    booked.get(0).id(),
                    SchedulingFixture.monday(1).atTime(20, 0),
                    false,
                    clinician))
        .isInstanceOf(org.securebase.app.kernel.BadInputException.class);
  }
}
