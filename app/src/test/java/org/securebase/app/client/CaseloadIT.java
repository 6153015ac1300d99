package org.securebase.app.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditEvent;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.journal.CrisisFlags;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.measure.AssignmentForm;
import org.securebase.app.measure.ChangeParameters;
import org.securebase.app.measure.OutcomeMonitoring;
import org.securebase.app.measure.Schedule;
import org.securebase.core.measure.Reliability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, defect 4: the caseload rows show crisis flags with who saw them and when (and a flag
 * can be marked as seen), due and overdue measures, the latest score with its reliable-change
 * direction, the next appointment; the list can be searched; clients can be discharged and
 * re-opened. Asserted on the rendered page's cells, not on English sentences where a class says it.
 */
class CaseloadIT extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AuditLog audit;
  @Autowired CrisisFlags flags;
  @Autowired OutcomeMonitoring monitoring;
  @Autowired ChangeParameters parameters;
  @Autowired Clock clock;

  TestWorkspace workspace;
  SignedInUser clinician;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
  }

  private Document caseloadPage(String query) throws Exception {
    String html =
        mvc.perform(get("/clients" + query).with(user(clinician)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  private static Element row(Document page, Client client) {
    Element link = page.selectFirst("table.caseload a[href='/clients/" + client.id() + "']");
    return link == null ? null : link.closest("tr");
  }

  @Nested
  class DischargeAndReopen {

    @Test
    void aDischargedClientLeavesTheActiveListAndComesBackWhenReopened() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      assertThat(row(caseloadPage(""), client)).isNotNull();

      mvc.perform(
              post("/clients/" + client.id() + "/discharge")
                  .param("version", String.valueOf(client.version()))
                  .with(user(clinician))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());

      assertThat(row(caseloadPage(""), client)).isNull();
      Element discharged = row(caseloadPage("?show=discharged"), client);
      assertThat(discharged).isNotNull();
      assertThat(discharged.select("form[action='/clients/" + client.id() + "/reopen']"))
          .hasSize(1);
      // The record stays readable, says it is discharged, and offers to re-open.
      String record =
          mvc.perform(get("/clients/" + client.id()).with(user(clinician)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(Jsoup.parse(record).select(".discharge-status .warning")).hasSize(1);

      Client now = context.getBean(Caseload.class).read(client.id(), clinician);
      assertThat(now.dischargedOn()).isEqualTo(LocalDate.now(clock));
      mvc.perform(
              post("/clients/" + client.id() + "/reopen")
                  .param("version", String.valueOf(now.version()))
                  .with(user(clinician))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
      assertThat(row(caseloadPage(""), client)).isNotNull();
      assertThat(row(caseloadPage("?show=discharged"), client)).isNull();

      assertThat(audit.forRecord("client", client.id().toString()))
          .extracting(AuditEvent::action)
          .contains("DISCHARGE", "REOPEN");
    }

    @Test
    void aDischargeBasedOnAnOlderVersionIsRefusedAndChangesNothing() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      mvc.perform(
              post("/clients/" + client.id() + "/discharge")
                  .param("version", String.valueOf(client.version() + 5))
                  .with(user(clinician))
                  .with(csrf()))
          .andExpect(status().isConflict());
      assertThat(row(caseloadPage(""), client)).isNotNull();
    }

    @Test
    void anotherClinicianCannotDischargeAndIsAudited() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      SignedInUser other = workspace.person(Role.CLINICIAN);
      mvc.perform(
              post("/clients/" + client.id() + "/discharge")
                  .param("version", String.valueOf(client.version()))
                  .with(user(other))
                  .with(csrf()))
          .andExpect(status().isNotFound());
      assertThat(row(caseloadPage(""), client)).isNotNull();
      assertThat(audit.forRecord("client", client.id().toString()))
          .extracting(AuditEvent::action, AuditEvent::outcome)
          .contains(org.assertj.core.groups.Tuple.tuple("DISCHARGE", "DENIED"));
    }
  }

  @Nested
  class Search {

    @Test
    void findsClientsByPartOfTheirNameIgnoringCase() throws Exception {
      Client robin = workspace.clientOf(clinician, "synthetic");
      Client other = workspace.clientOf(clinician, "synthetic");
      String part = robin.displayName().substring(robin.displayName().indexOf('-') + 1);
      Document page = caseloadPage("?q=" + part.toUpperCase(java.util.Locale.ROOT));
      assertThat(row(page, robin)).isNotNull();
      assertThat(row(page, other)).isNull();
      assertThat(page.selectFirst("input#q").val())
          .isEqualTo(part.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void aWildcardInTheSearchIsTakenLiterally() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      Document page = caseloadPage("?q=%25");
      assertThat(row(page, client)).isNull();
      assertThat(page.select("table.caseload")).isEmpty();
    }

    @Test
    void neverFindsAnotherClinicansClients() throws Exception {
      SignedInUser other = workspace.person(Role.CLINICIAN);
      Client theirs = workspace.clientOf(other, "synthetic");
      assertThat(row(caseloadPage("?q=" + theirs.displayName()), theirs)).isNull();
    }
  }

  @Nested
  class Flags {

    @Test
    void aNewFlagShowsOnTheRowUntilMarkedSeenThenSaysWhoSawItAndWhen() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      UUID entry = UUID.randomUUID();
      flags.raise(client.id(), "PRACTICE", entry, "test phrases v1");

      Element cell = row(caseloadPage(""), client).selectFirst("td.flags-cell");
      assertThat(cell.select(".flag-unseen")).hasSize(1);
      assertThat(cell.selectFirst(".flag-unseen").text()).startsWith("1 ");
      assertThat(row(caseloadPage(""), client).hasClass("has-flag")).isTrue();

      UUID flagId = flags.list(client.id(), clinician).get(0).id();
      mvc.perform(
              post("/clients/" + client.id() + "/flags/" + flagId + "/seen")
                  .with(user(clinician))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());

      var seen = flags.list(client.id(), clinician).get(0);
      assertThat(seen.reviewedByName()).isEqualTo(clinician.displayName());
      assertThat(seen.reviewedAt()).isNotNull();
      Element after = row(caseloadPage(""), client).selectFirst("td.flags-cell");
      assertThat(after.select(".flag-unseen")).isEmpty();
      assertThat(after.selectFirst(".flag-seen").text()).contains(clinician.displayName());
      assertThat(audit.forRecord("crisis_flag", flagId.toString()))
          .extracting(AuditEvent::action, AuditEvent::actor)
          .contains(org.assertj.core.groups.Tuple.tuple("REVIEW", clinician.username()));

      // The record page lists the flag with its reviewer and no button any more.
      String record =
          mvc.perform(get("/clients/" + client.id()).with(user(clinician)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      Document page = Jsoup.parse(record);
      assertThat(page.select("#flags .flag-seen").text()).contains(clinician.displayName());
      assertThat(page.select("#flags form")).isEmpty();
    }

    @Test
    void markingTwiceKeepsTheFirstReview() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      flags.raise(client.id(), "PRACTICE", UUID.randomUUID(), "test phrases v1");
      UUID flagId = flags.list(client.id(), clinician).get(0).id();
      flags.markSeen(client.id(), flagId, clinician);
      var first = flags.list(client.id(), clinician).get(0).reviewedAt();
      SignedInUser same = workspace.signIn(clinician.username());
      flags.markSeen(client.id(), flagId, same);
      assertThat(flags.list(client.id(), clinician).get(0).reviewedAt()).isEqualTo(first);
    }

    @Test
    void anotherClinicianOrAnotherClientsFlagIsNotFound() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      Client second = workspace.clientOf(clinician, "synthetic");
      flags.raise(client.id(), "PRACTICE", UUID.randomUUID(), "test phrases v1");
      UUID flagId = flags.list(client.id(), clinician).get(0).id();
      SignedInUser other = workspace.person(Role.CLINICIAN);
      mvc.perform(
              post("/clients/" + client.id() + "/flags/" + flagId + "/seen")
                  .with(user(other))
                  .with(csrf()))
          .andExpect(status().isNotFound());
      mvc.perform(
              post("/clients/" + second.id() + "/flags/" + flagId + "/seen")
                  .with(user(clinician))
                  .with(csrf()))
          .andExpect(status().isNotFound());
      assertThat(flags.list(client.id(), clinician).get(0).isReviewed()).isFalse();
    }
  }

  @Nested
  class Measures {

    private Map<String, Integer> phq9(int... answers) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < 9; i++) {
        m.put(String.valueOf(i + 1), answers[i]);
      }
      return m;
    }

    @Test
    void showsDueAndOverdueCountsAndTheFirstScoreWithNothingToCompare() throws Exception {
      SignedInUser person = workspace.clientPerson(clinician);
      Client client = context.getBean(Caseload.class).read(person.clientId(), clinician);
      LocalDate today = LocalDate.now(clock);
      AssignmentForm form = new AssignmentForm();
      form.setInstrumentId("ecr-rs");
      form.setSchedule(Schedule.ONCE);
      form.setStartDate(today.minusDays(3));
      form.setExpiryDays(7);
      monitoring.assign(client.id(), form, clinician, today.minusDays(3));
      monitoring.record(
          client.id(),
          "phq-9",
          today.minusDays(2),
          phq9(2, 2, 2, 2, 2, 2, 2, 2, 0),
          clinician.id(),
          "PAPER",
          today);

      Element r = row(caseloadPage(""), client);
      assertThat(r.selectFirst("td.measures-cell a").text()).startsWith("1 ");
      assertThat(r.select("td.measures-cell .measure-overdue")).hasSize(1);
      assertThat(r.selectFirst("td.latest-cell abbr").text()).isEqualTo("PHQ-9");
      assertThat(r.selectFirst("td.latest-cell").text()).contains("16.0");
      assertThat(r.select("td.latest-cell .change-first_score")).hasSize(1);
    }

    @Test
    void showsTheReliableChangeDirectionSinceTheFirstScore() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      LocalDate today = LocalDate.now(clock);
      monitoring.record(
          client.id(),
          "phq-9",
          today.minusDays(30),
          phq9(2, 2, 2, 2, 2, 2, 2, 2, 0),
          clinician.id(),
          "PAPER",
          today);
      monitoring.record(
          client.id(),
          "phq-9",
          today.minusDays(1),
          phq9(1, 1, 1, 1, 1, 0, 0, 0, 0),
          clinician.id(),
          "PAPER",
          today);
      // Without an SD on file the direction is honestly "not computed".
      Integer version =
          parameters.rows(clinician).stream()
              .filter(p -> p.instrument().id().equals("phq-9") && p.entered() != null)
              .map(p -> p.entered().version())
              .findFirst()
              .orElse(null);
      if (version == null) {
        Element before = row(caseloadPage(""), client);
        assertThat(before.select("td.latest-cell .change-not_computed")).hasSize(1);
      }
      // PHQ-9 r = .84 (definition); SD 5 => minimum reliable difference 5.54; 16 -> 5 improves.
      parameters.save(
          "phq-9",
          "total",
          "",
          Reliability.Kind.TEST_RETEST,
          0.84,
          "Kroenke, Spitzer & Williams (2001)",
          5.0,
          "Synthetic SD for a test",
          version,
          clinician);
      Element after = row(caseloadPage(""), client);
      assertThat(after.selectFirst("td.latest-cell").text()).contains("5.0");
      assertThat(after.select("td.latest-cell .change-improved")).hasSize(1);
    }

    @Test
    void aClientWithNothingDueOrScoredSaysSo() throws Exception {
      Client client = workspace.clientOf(clinician, "synthetic");
      Element r = row(caseloadPage(""), client);
      assertThat(r.select("td.measures-cell a")).isEmpty();
      assertThat(r.select("td.latest-cell abbr")).isEmpty();
      assertThat(r.select("td.flags-cell .flag-unseen")).isEmpty();
    }
  }
}
