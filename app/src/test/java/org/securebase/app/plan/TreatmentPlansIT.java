package org.securebase.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.plan.ObjectiveStatus;
import org.securebase.core.plan.ObjectiveTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class TreatmentPlansIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired TreatmentPlans plans;
  @Autowired JdbcClient jdbc;

  SignedInUser clinician;
  Client client;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientOf(clinician, "synthetic");
  }

  private PlanForm fromTemplate(ObjectiveTemplate template, int target, int deadline) {
    PlanForm form = plans.form(client.id(), clinician);
    for (ObjectiveForm o : form.getObjectives()) {
      if (o.getTemplate() == template && o.getKey() == null) {
        o.setIncluded(true);
        o.setTargetCount(target);
        o.setDeadlineSession(deadline);
      }
    }
    return form;
  }

  @Test
  void keepsEveryVersionAndRefusesAStaleEdit() {
    PlanForm first = fromTemplate(ObjectiveTemplate.ALTERNATIVE_SUPPORT, 3, 6);
    first.setFormulation("Formulation one - synthetic");
    assertThat(plans.save(client.id(), first, clinician).version()).isEqualTo(1);

    PlanForm second = plans.form(client.id(), clinician);
    second.getObjectives().get(0).setTargetCount(4);
    second.setFormulation("Formulation two - synthetic");
    assertThat(plans.save(client.id(), second, clinician).version()).isEqualTo(2);

    var page = plans.read(client.id(), clinician);
    assertThat(page.history()).extracting(PlanVersion::version).containsExactly(2, 1);
    assertThat(page.history().get(1).objectives().get(0).targetCount()).isEqualTo(3);
    assertThat(page.current().objectives().get(0).targetCount()).isEqualTo(4);
    assertThat(page.history().get(1).objectives().get(0).key())
        .isEqualTo(page.current().objectives().get(0).key());

    // second was based on version 1; saving it again is stale
    assertThatThrownBy(() -> plans.save(client.id(), second, clinician))
        .isInstanceOf(StaleEditException.class);
    assertThat(plans.read(client.id(), clinician).history()).hasSize(2);

    byte[] stored =
        jdbc.sql("SELECT formulation FROM plan_version WHERE plan_id = :p AND version = 1")
            .param("p", page.planId())
            .query(byte[].class)
            .single();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Formulation");
  }

  @Test
  void sessionsCountTowardTheObjectiveAndTheStatusFollowsTheRule() {
    plans.save(client.id(), fromTemplate(ObjectiveTemplate.SAFE_CLOSENESS, 3, 6), clinician);
    for (int i = 0; i < 3; i++) {
      SessionForm s = plans.sessionForm(client.id(), clinician);
      s.setHeldOn(LocalDate.now().minusDays(21 - 7L * i));
      s.setModality("emotionally focused therapy");
      s.setFramework("an attachment-informed formulation");
      s.setProblem("freezing when a partner reaches out");
      s.getProgress().get(0).setCount(i == 2 ? 0 : 1);
      s.setProgressNote(plans.draft(client.id(), s, clinician));
      assertThat(s.getProgressNote())
          .startsWith("Session " + (i + 1))
          .contains(
              "used an attachment-informed formulation, within emotionally focused therapy, to"
                  + " address freezing");
      plans.recordSession(client.id(), s, clinician);
    }
    var standing = plans.read(client.id(), clinician).standings().get(0);
    // 2 of 3 after 3 of 6 sessions: 3 * 0.5 = 1.5 -> 1 expected, so on track.
    assertThat(standing.assessment().progress()).isEqualTo(2);
    assertThat(standing.assessment().status()).isEqualTo(ObjectiveStatus.ON_TRACK);
    assertThat(standing.history())
        .extracting(TreatmentPlans.ProgressEntry::session)
        .containsExactly(1, 2, 3);
  }

  @Test
  void refusesBadNumbersNamingTheField() {
    PlanForm form = fromTemplate(ObjectiveTemplate.REFLECTIVE_CAPACITY, 0, 6);
    assertThatThrownBy(() -> plans.save(client.id(), form, clinician))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("targetCount");
  }

  @Test
  void anotherClinicianCannotReachThePlan() {
    SignedInUser other = new TestWorkspace(context).person(Role.CLINICIAN);
    assertThatThrownBy(() -> plans.read(client.id(), other))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
