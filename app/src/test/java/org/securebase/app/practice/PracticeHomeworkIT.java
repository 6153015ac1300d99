package org.securebase.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.ObjectiveForm;
import org.securebase.app.plan.PlanForm;
import org.securebase.app.plan.TreatmentPlans;
import org.securebase.core.plan.ObjectiveTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** A practice assigned as homework counts toward its objective once the client completes it. */
class PracticeHomeworkIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Practices practices;
  @Autowired TreatmentPlans plans;
  @Autowired MockMvc mvc;

  @Test
  void completedPracticesCountTowardTheLinkedObjective() {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    PlanForm plan = plans.form(client.clientId(), clinician);
    for (ObjectiveForm o : plan.getObjectives()) {
      if (o.getTemplate() == ObjectiveTemplate.SAFE_CLOSENESS) {
        o.setIncluded(true);
      }
    }
    plans.save(client.clientId(), plan, clinician);
    var objective = plans.read(client.clientId(), clinician).standings().get(0);
    assertThat(objective.assessment().progress()).isZero();

    PracticeForm form = new PracticeForm();
    form.setAspiration("I want to stay present when someone comes close.");
    form.setMinutes(5);
    Practice draft = practices.build(client.clientId(), form, clinician);
    practices.approveRenderingLater(
        draft.id(), draft.version(), objective.objective().key(), clinician);
    var started = practices.startSession(draft.id(), 5, 7, client);
    practices.startSession(draft.id(), 5, 7, client); // started, never finished: does not count
    practices.completeSession(started, 6, 7, false, client);

    var after = plans.read(client.clientId(), clinician).standings().get(0);
    assertThat(after.objective().key()).isEqualTo(objective.objective().key());
    assertThat(after.assessment().progress()).isEqualTo(1);
    assertThat(practices.completedByObjective(client.clientId()))
        .containsEntry(objective.objective().key(), 1);
  }

  @Test
  void thePlanPageListsApprovedPracticesUnderTheirObjectiveButNotDrafts() throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    PlanForm plan = plans.form(client.clientId(), clinician);
    for (ObjectiveForm o : plan.getObjectives()) {
      if (o.getTemplate() == ObjectiveTemplate.SAFE_CLOSENESS) {
        o.setIncluded(true);
      }
    }
    plans.save(client.clientId(), plan, clinician);
    var objective = plans.read(client.clientId(), clinician).standings().get(0).objective();
    PracticeForm form = new PracticeForm();
    form.setAspiration("I want to stay present when someone comes close.");
    form.setMinutes(10);
    Practice approved = practices.build(client.clientId(), form, clinician);
    practices.approveRenderingLater(approved.id(), approved.version(), objective.key(), clinician);
    form.setMinutes(15);
    Practice draft = practices.build(client.clientId(), form, clinician);
    var done = practices.startSession(approved.id(), 5, 7, client);
    practices.completeSession(done, 6, 7, false, client);

    String page =
        mvc.perform(get("/clients/" + client.clientId() + "/plan").with(user(clinician)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Guided practice: Grounding, 10 minutes")
        // Dated as every other date on the page, not in ISO form.
        .containsPattern("approved \\d{1,2} [A-Z][a-z]{2} \\d{4}")
        .contains("completed once")
        .contains("/clients/" + client.clientId() + "/practices/" + approved.id())
        .doesNotContain("/practices/" + draft.id())
        .doesNotContain(", 15 minutes");
    // Another clinician's client: the plan's own check refuses before practices are read.
    SignedInUser other = workspace.person(Role.CLINICIAN);
    mvc.perform(get("/clients/" + client.clientId() + "/plan").with(user(other)))
        .andExpect(status().isNotFound());
  }
}
