package org.securebase.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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

class AppointmentApiIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  SignedInUser clinician;
  Client client;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientOf(clinician, "synthetic scheduling note");
    SchedulingFixture.weekdayHours(context, clinician);
  }

  private String body(String start, String extra) {
    return "{\"clientId\":\""
        + client.id()
        + "\",\"start\":\""
        + start
        + "\",\"timeZone\":\"America/New_York\",\"durationMinutes\":50,\"type\":\"INDIVIDUAL\""
        + extra
        + "}";
  }

  private MvcResult postJson(String path, String json, SignedInUser who) throws Exception {
    return mvc.perform(
            post(path)
                .with(user(who))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andReturn();
  }

  @Test
  void aSecondBookingOfTheSameTimeIs409NamingTheConflictingTimes() throws Exception {
    String monday = SchedulingFixture.monday(1) + "T10:00";
    MvcResult first = postJson("/api/appointments", body(monday, ""), clinician);
    assertThat(first.getResponse().getStatus()).isEqualTo(201);
    String json = first.getResponse().getContentAsString();
    assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("SCHEDULED");
    String startUtc = JsonPath.read(json, "$.startUtc");

    MvcResult clash =
        postJson("/api/appointments", body(SchedulingFixture.monday(1) + "T10:30", ""), clinician);
    assertThat(clash.getResponse().getStatus()).isEqualTo(409);
    String problem = clash.getResponse().getContentAsString();
    assertThat((String) JsonPath.read(problem, "$.conflicts[0].conflictingStart"))
        .isEqualTo(startUtc);

    // Just after the first and its ten-minute buffer: fine.
    assertThat(
            postJson(
                    "/api/appointments",
                    body(SchedulingFixture.monday(1) + "T11:00", ""),
                    clinician)
                .getResponse()
                .getStatus())
        .isEqualTo(201);
  }

  @Test
  void aWeeklySeriesKeepsItsLocalTimeAcrossTheMarchChange() throws Exception {
    // 20 Tuesdays from the first in January: the US clocks change on the second Sunday of March.
    LocalDate firstTuesday =
        LocalDate.of(LocalDate.now(SchedulingFixture.NEW_YORK).getYear() + 1, 1, 5)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));
    MvcResult r =
        postJson(
            "/api/appointments/series", body(firstTuesday + "T17:00", ",\"weeks\":20"), clinician);
    assertThat(r.getResponse().getStatus()).isEqualTo(201);
    String json = r.getResponse().getContentAsString();
    List<String> starts = JsonPath.read(json, "$.appointments[*].start");
    List<String> utc = JsonPath.read(json, "$.appointments[*].startUtc");
    assertThat(starts).hasSize(20);
    for (int i = 0; i < 20; i++) {
      LocalDateTime local = LocalDateTime.parse(starts.get(i));
      assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
      assertThat(local.toLocalDate()).isEqualTo(firstTuesday.plusWeeks(i));
      assertThat(Instant.parse(utc.get(i)))
          .isEqualTo(ZonedDateTime.of(local, SchedulingFixture.NEW_YORK).toInstant());
    }
    assertThat(Instant.parse(utc.get(0)).atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(22);
    assertThat(Instant.parse(utc.get(19)).atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(21);
  }

  @Test
  void aSeriesClashingInItsFifteenthWeekIsRefusedWholeAndNamesThatWeek() throws Exception {
    LocalDate monday = SchedulingFixture.monday(2);
    SchedulingFixture.book(context, clinician, client.id(), monday.plusWeeks(14) + "T14:20");
    int before = count();
    MvcResult r =
        postJson(
            "/api/appointments/series",
            body(monday + "T14:00", ",\"weeks\":20,\"intervalWeeks\":1"),
            clinician);
    assertThat(r.getResponse().getStatus()).isEqualTo(409);
    List<String> requested =
        JsonPath.read(r.getResponse().getContentAsString(), "$.conflicts[*].requestedStart");
    assertThat(requested)
        .containsExactly(
            ZonedDateTime.of(monday.plusWeeks(14), LocalTime.of(14, 0), SchedulingFixture.NEW_YORK)
                .toInstant()
                .toString());
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void badInputNamesTheField() throws Exception {
    MvcResult zone =
        postJson(
            "/api/appointments",
            body(SchedulingFixture.monday(1) + "T10:00", "")
                .replace("America/New_York", "Mars/Olympus"),
            clinician);
    assertThat(zone.getResponse().getStatus()).isEqualTo(400);
    assertThat(zone.getResponse().getContentAsString()).contains("\"timeZone\"");
    MvcResult weeks =
        postJson(
            "/api/appointments/series",
            body(SchedulingFixture.monday(1) + "T10:00", ",\"weeks\":0"),
            clinician);
    assertThat(weeks.getResponse().getContentAsString()).contains("\"weeks\"");
    MvcResult outside =
        postJson("/api/appointments", body(SchedulingFixture.monday(1) + "T19:00", ""), clinician);
    assertThat(outside.getResponse().getStatus()).isEqualTo(400);
    assertThat(outside.getResponse().getContentAsString()).contains("\"start\"");
  }

  @Test
  void cancellingSendsAMethodCancelWithTheSameUidAndAHigherSequence() throws Exception {
    Appointment a =
        SchedulingFixture.book(
            context, clinician, client.id(), SchedulingFixture.monday(1) + "T15:00");
    VEvent invite = event(ics(a), "REQUEST");
    assertThat(invite.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(a.icalUid());
    assertThat(invite.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
    assertThat(invite.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
    assertThat(invite.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo("Appointment");
    assertThat(invite.getProperty(Property.DTSTART).orElseThrow().getValue())
        .isEqualTo(
            a.start()
                .atZone(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
    assertThat(invite.getProperty(Property.DTEND).orElseThrow().getValue())
        .isEqualTo(
            a.end()
                .atZone(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));

    assertThat(
            postJson("/api/appointments/" + a.id() + "/cancel", "{}", clinician)
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    String cancelled = ics(a);
    VEvent cancel = event(cancelled, "CANCEL");
    assertThat(cancel.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(a.icalUid());
    assertThat(cancel.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
    assertThat(cancel.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    for (String word : List.of("therapy", "Therapy", "psych", "diagnos", "AAI", "Attachment")) {
      assertThat(cancelled).doesNotContain(word);
    }
  }

  @Test
  void anotherCliniciansAppointmentIsA404() throws Exception {
    Appointment a =
        SchedulingFixture.book(
            context, clinician, client.id(), SchedulingFixture.monday(1) + "T16:00");
    SignedInUser other = new TestWorkspace(context).person(Role.CLINICIAN);
    assertThat(
            mvc.perform(get("/api/appointments/" + a.id()).with(user(other)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            postJson("/api/appointments/" + a.id() + "/cancel", "{}", other)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/api/appointments/" + a.id() + "/ics").with(user(other)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void attendedCreatesTheSessionRecordWithItsNumber() throws Exception {
    Appointment a =
        SchedulingFixture.book(
            context, clinician, client.id(), SchedulingFixture.pastWeekday() + "T10:00");
    MvcResult r =
        postJson("/api/appointments/" + a.id() + "/status", "{\"status\":\"ATTENDED\"}", clinician);
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    String sessionId = JsonPath.read(r.getResponse().getContentAsString(), "$.sessionId");
    Integer number =
        jdbc.sql("SELECT session_number FROM therapy_session WHERE id = :id")
            .param("id", java.util.UUID.fromString(sessionId))
            .query(Integer.class)
            .single();
    assertThat(number).isEqualTo(1);
    MvcResult listed =
        mvc.perform(
                get("/api/appointments")
                    .param("from", SchedulingFixture.pastWeekday().toString())
                    .param("to", SchedulingFixture.pastWeekday().toString())
                    .with(user(clinician)))
            .andReturn();
    List<String> statuses = JsonPath.read(listed.getResponse().getContentAsString(), "$[*].status");
    assertThat(statuses).containsExactly("ATTENDED");
  }

  private int count() {
    return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE clinician_id = :c")
        .param("c", clinician.id())
        .query(Integer.class)
        .single();
  }

  private String ics(Appointment a) throws Exception {
    MvcResult r =
        mvc.perform(get("/api/appointments/" + a.id() + "/ics").with(user(clinician))).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    assertThat(r.getResponse().getContentType()).startsWith("text/calendar");
    return r.getResponse().getContentAsString();
  }

  static VEvent event(String ics, String method) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
    return (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
  }
}
