package org.securebase.app.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.measure.ChangeCategory;
import org.securebase.core.measure.Reliability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Assign, due, answer (with resume), score and reliable change, end to end through the service. */
class MeasuresIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired OutcomeMonitoring monitoring;
  @Autowired DueOccurrences occurrences;
  @Autowired ChangeParameters parameters;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  TestWorkspace workspace;
  SignedInUser clinician;
  SignedInUser client;

  static final LocalDate DAY0 = LocalDate.of(2026, 1, 5);

  private long administrationsOf(UUID clientId) {
    return jdbc.sql("SELECT COUNT(*) FROM measure_administration WHERE client_id = :c")
        .param("c", clientId)
        .query(Long.class)
        .single();
  }

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientPerson(clinician);
  }

  /** ECR-RS answers with the same value everywhere, except avoidance items 5-6 for every target. */
  static Map<String, Integer> ecrRs(int anxiety, int avoidanceRaw) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (String target : List.of("mother", "father", "partner", "friend")) {
      for (int item = 1; item <= 9; item++) {
        int value;
        if (item <= 4) {
          value = 8 - avoidanceRaw; // reverse-keyed: scored as avoidanceRaw
        } else if (item <= 6) {
          value = avoidanceRaw;
        } else {
          value = anxiety;
        }
        answers.put(target + "." + item, value);
      }
    }
    return answers;
  }

  AssignmentForm weeklyEcrRs() {
    AssignmentForm form = new AssignmentForm();
    form.setInstrumentId("ecr-rs");
    form.setSchedule(Schedule.WEEKLY);
    form.setStartDate(DAY0);
    form.setExpiryDays(3);
    return form;
  }

  @Test
  void assignDueAnswerResumeScoreAndReliableChange() {
    Assignment assignment = monitoring.assign(client.clientId(), weeklyEcrRs(), clinician, DAY0);
    assertThat(assignment.instrumentVersion()).isEqualTo("1.0");

    List<DueMeasure> due = monitoring.dueForClient(client, DAY0);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).overdue()).isFalse();
    UUID first = due.get(0).administrationId();

    // Half-finished: saved, not scored, and it comes back on resume.
    Administration opened = monitoring.openForAnswering(first, client, DAY0);
    assertThat(opened.itemOrder()).hasSize(36).startsWith("mother.1", "mother.2");
    monitoring.answer(
        first, opened.version(), Map.of("mother.1", 2, "mother.7", 6), false, client, DAY0);
    Administration resumed = monitoring.openForAnswering(first, client, DAY0.plusDays(1));
    assertThat(resumed.status()).isEqualTo(AdministrationStatus.IN_PROGRESS);
    assertThat(resumed.answers()).containsEntry("mother.1", 2).containsEntry("mother.7", 6);
    assertThat(monitoring.dueForClient(client, DAY0.plusDays(1)).get(0))
        .extracting(DueMeasure::overdue, DueMeasure::started)
        .containsExactly(true, true);

    // The answers payload is ciphertext; the item order is stored with it.
    byte[] raw =
        jdbc.sql("SELECT answers FROM measure_administration WHERE id = :id")
            .param("id", first)
            .query(byte[].class)
            .single();
    assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("mother");

    monitoring.answer(first, resumed.version(), ecrRs(6, 6), true, client, DAY0.plusDays(1));
    assertThat(monitoring.dueForClient(client, DAY0.plusDays(2))).isEmpty();

    // A week later the next one is due: reading the list creates nothing, the job does.
    long created = administrationsOf(client.clientId());
    assertThat(monitoring.dueForClient(client, DAY0.plusDays(7))).isEmpty();
    assertThat(administrationsOf(client.clientId())).isEqualTo(created);
    assertThat(occurrences.materialize(assignment, DAY0.plusDays(7))).isEqualTo(1);
    UUID second = monitoring.dueForClient(client, DAY0.plusDays(7)).get(0).administrationId();
    monitoring.answer(second, 0, ecrRs(5, 5), true, client, DAY0.plusDays(7));
    occurrences.materialize(assignment, DAY0.plusDays(14));
    UUID third = monitoring.dueForClient(client, DAY0.plusDays(14)).get(0).administrationId();
    monitoring.answer(third, 0, ecrRs(3, 2), true, client, DAY0.plusDays(14));

    // Before an SD is on file, reliable change says it cannot be computed, and why.
    ScoreHistory before =
        monitoring.overview(client.clientId(), clinician).histories().get("ecr-rs");
    ScoreHistory.Series motherAvoidance = series(before, "avoidance", "mother");
    assertThat(motherAvoidance.points())
        .extracting(ScoreHistory.Point::value)
        .containsExactly(6.0, 5.0, 2.0);
    assertThat(motherAvoidance.unavailableReason()).contains("no SD with a source");
    assertThat(motherAvoidance.points().get(1).sincePrevious().isAvailable()).isFalse();

    parameters.save(
        "ecr-rs",
        "avoidance",
        "mother",
        null,
        null,
        null,
        1.10,
        "Synthetic SD for a test",
        null,
        clinician);
    ScoreHistory after =
        monitoring.overview(client.clientId(), clinician).histories().get("ecr-rs");
    ScoreHistory.Series s = series(after, "avoidance", "mother");
    assertThat(s.reliability().kind()).isEqualTo(Reliability.Kind.TEST_RETEST);
    assertThat(s.reliability().value()).isEqualTo(0.80);
    assertThat(s.spread().sd()).isEqualTo(1.10);
    // 1.96 * sqrt(2) * 1.10 * sqrt(0.2) = 1.3636
    assertThat(s.minimumReliableDifference())
        .isCloseTo(1.3636, org.assertj.core.data.Offset.offset(1e-3));
    ScoreHistory.Point last = s.points().get(2);
    assertThat(last.sincePrevious().result().category()).isEqualTo(ChangeCategory.IMPROVED);
    assertThat(last.sinceBaseline().result().category()).isEqualTo(ChangeCategory.IMPROVED);
    assertThat(s.points().get(1).sincePrevious().result().category())
        .isEqualTo(ChangeCategory.UNCHANGED);
    assertThat(last.sincePrevious().footnote())
        .contains(
            "r = 0.80", "test-retest", "SD = 1.10", "Synthetic SD for a test", "Cut-off: none");

    // The friend target has no test-retest value in the definition: the general alpha is used, and
    // without an SD for friend, change there is still not computed, with the reason.
    ScoreHistory.Series friend = series(after, "avoidance", "friend");
    assertThat(friend.reliability().kind()).isEqualTo(Reliability.Kind.ALPHA);
    assertThat(friend.unavailableReason()).contains("no SD with a source", "friend");
  }

  @Test
  void theWorkedExampleGivesAMinimumReliableDifferenceOf096() {
    ChangeParameter p =
        parameters.save(
            "signs-of-security",
            "signs",
            "",
            Reliability.Kind.TEST_RETEST,
            0.90,
            "Worked example from Jacobson & Truax style arithmetic",
            1.10,
            "Worked example",
            parameters.rows(clinician).stream()
                .filter(r -> r.instrument().id().equals("signs-of-security") && r.entered() != null)
                .map(r -> r.entered().version())
                .findFirst()
                .orElse(null),
            clinician);
    assertThat(
            org.securebase.core.measure.ReliableChange.minimumReliableDifference(
                p.spread(), p.reliability()))
        .isCloseTo(0.964, org.assertj.core.data.Offset.offset(0.0005));
  }

  static String ecrRWording(int items) {
    StringBuilder json =
        new StringBuilder(
            "{\"instrumentId\":\"ecr-r\",\"instrumentVersion\":\"1.0\",\"wording\":{");
    for (int i = 1; i <= items; i++) {
      json.append(i == 1 ? "" : ",")
          .append('"')
          .append(i)
          .append("\":\"Synthetic wording ")
          .append(i)
          .append('"');
    }
    return json.append("}}").toString();
  }

  @Test
  void anAdministratorImportsWordingAndAMismatchIsRefusedWithTheIdsNamed() throws Exception {
    SignedInUser admin = workspace.person(Role.ADMIN);
    String refused =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/admin/measures/wording")
                    .file(
                        new org.springframework.mock.web.MockMultipartFile(
                            "file",
                            "ecr-r.json",
                            "application/json",
                            ecrRWording(35)
                                .replace("}}", ",\"99\":\"x\"}}")
                                .getBytes(StandardCharsets.UTF_8)))
                    .param("instrumentId", "ecr-r")
                    .with(user(admin))
                    .with(csrf()))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("unknown item ids [99]", "no wording for item ids [36]");

    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/admin/measures/wording")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file",
                        "ecr-r.json",
                        "application/json",
                        ecrRWording(36).getBytes(StandardCharsets.UTF_8)))
                .param("instrumentId", "ecr-r")
                .with(user(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    var instrument = context.getBean(MeasureCatalog.class).get("ecr-r", "1.0");
    assertThat(instrument.wordingSource())
        .isEqualTo(org.securebase.core.measure.WordingSource.IMPORTED);
    assertThat(instrument.item("36").orElseThrow().wording()).isEqualTo("Synthetic wording 36");
  }

  @Test
  void theRelationshipQuestionnaireCannotBeAssigned() throws Exception {
    AssignmentForm form = weeklyEcrRs();
    form.setInstrumentId("rq");
    assertThatThrownBy(() -> monitoring.assign(client.clientId(), form, clinician, DAY0))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("instrumentId")
        .hasMessageContaining("not for individual assessment");
    mvc.perform(
            post("/api/clients/" + client.clientId() + "/measures/assignments")
                .with(user(clinician))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"instrumentId\":\"rq\",\"schedule\":\"ONCE\",\"startDate\":\"2026-01-05\",\"expiryDays\":5}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.instrumentId").exists());
    assertThatThrownBy(
            () ->
                monitoring.enterFromPaper(
                    client.clientId(), "rq", DAY0, Map.of("secure", 4), clinician))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("cannot be assigned");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM measure_assignment WHERE client_id = :c")
                .param("c", client.clientId())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aClientCannotOpenAnotherClientsMeasureAndAClinicianOnlyTheirCaseload() {
    monitoring.assign(client.clientId(), weeklyEcrRs(), clinician, DAY0);
    UUID id = monitoring.dueForClient(client, DAY0).get(0).administrationId();
    SignedInUser otherClient = workspace.clientPerson(clinician);
    assertThatThrownBy(() -> monitoring.openForAnswering(id, otherClient, DAY0))
        .isInstanceOf(RecordNotFoundException.class);
    SignedInUser otherClinician = workspace.person(Role.CLINICIAN);
    assertThatThrownBy(() -> monitoring.overview(client.clientId(), otherClinician))
        .isInstanceOf(RecordNotFoundException.class);
    try {
      mvc.perform(get("/me/measures/" + id).with(user(otherClient)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/clients/" + client.clientId() + "/measures").with(user(otherClinician)))
          .andExpect(status().isNotFound());
      mvc.perform(
              get("/api/clients/" + client.clientId() + "/measures")
                  .with(user(otherClinician))
                  .accept(MediaType.APPLICATION_JSON))
          .andExpect(status().isNotFound());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void pagesShowDueMeasuresScoresAndCharts() throws Exception {
    LocalDate today = monitoring.today();
    AssignmentForm form = weeklyEcrRs();
    form.setStartDate(today);
    monitoring.assign(client.clientId(), form, clinician, today);
    monitoring.record(
        client.clientId(),
        "ecr-rs",
        today.minusDays(14),
        ecrRs(6, 6),
        clinician.id(),
        "PAPER",
        today);
    monitoring.record(
        client.clientId(),
        "signs-of-security",
        today.minusDays(7),
        Map.of("trust", 3, "closeness", 2),
        clinician.id(),
        "PAPER",
        today);

    Map<String, Long> rowsBefore = rowsPerTable();
    String home = page(get("/me").with(user(client)));
    assertThat(home)
        .contains(
            "Questionnaires from your clinician",
            "How you feel in close relationships (parents, partner, friend)")
        .doesNotContain("Experiences in Close Relationships", "ECR-RS");
    String caseload = page(get("/clients").with(user(clinician)));
    assertThat(caseload).contains("Measures due");
    String overview =
        page(get("/clients/" + client.clientId() + "/measures").with(user(clinician)));
    assertThat(overview)
        .contains(
            "Latest scores, relationships side by side",
            "Mother or mother-like figure",
            "Self-monitoring, not a validated measure");
    String charts =
        page(
            get("/clients/" + client.clientId() + "/measures/charts?instrument=ecr-rs")
                .with(user(clinician)));
    assertThat(charts).contains("data-chart-url", "/js/measure.js", "chart.umd.min.js");
    mvc.perform(
            get("/api/clients/" + client.clientId() + "/measures/ecr-rs/chart")
                .with(user(clinician))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.series[0].points[0].value").value(6.0));
    UUID due = monitoring.dueForClient(client, today).get(0).administrationId();
    String answer = page(get("/me/measures/" + due).with(user(client)));
    assertThat(answer).contains("<fieldset", "<legend", "If you need help right now");
    page(get("/clients/" + client.clientId() + "/measures/assign").with(user(clinician)));
    page(
        get("/clients/" + client.clientId() + "/measures/paper?instrument=ecr-rs")
            .with(user(clinician)));
    page(get("/measures/parameters").with(user(clinician)));
    // The pages wrote nothing but their audit events.
    assertThat(rowsPerTable()).isEqualTo(rowsBefore);
  }

  /**
   * Rows per table, leaving out the audit trail (every read appends to it, and its sealer runs on a
   * schedule), the scheduled jobs' own records and the HTTP sessions (MockMvc starts a new one for
   * each request: the web layer's, not the page's).
   */
  private Map<String, Long> rowsPerTable() {
    Map<String, Long> rows = new java.util.TreeMap<>();
    for (String table :
        jdbc.sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type IN ('BASE TABLE', 'TABLE')")
            .query(String.class)
            .list()) {
      if (!table.startsWith("audit_")
          && !table.startsWith("spring_session")
          && !table.equals("job_run")
          && !table.equals("shedlock")) {
        rows.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
      }
    }
    return rows;
  }

  private String page(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  static ScoreHistory.Series series(ScoreHistory h, String subscale, String target) {
    return h.series().stream()
        .filter(s -> s.subscale().id().equals(subscale) && target.equals(s.target()))
        .findFirst()
        .orElseThrow();
  }
}
