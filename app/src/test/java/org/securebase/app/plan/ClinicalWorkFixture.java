package org.securebase.app.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.securebase.app.client.Client;
import org.securebase.app.journal.Journal;
import org.securebase.app.journal.JournalForm;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;

/** Records of the clinical work that route tests refer to: a plan, a session, a journal entry. */
public final class ClinicalWorkFixture {

  private ClinicalWorkFixture() {}

  /** A plan from the first template and one session on {@code own}; an entry by {@code client}. */
  public static Map<String, String> seed(
      ApplicationContext context, SignedInUser clinician, SignedInUser client, Client own) {
    TreatmentPlans plans = context.getBean(TreatmentPlans.class);
    PlanForm form = plans.form(own.id(), clinician);
    form.getObjectives().get(0).setIncluded(true);
    plans.save(own.id(), form, clinician);
    SessionForm session = plans.sessionForm(own.id(), clinician);
    session.setHeldOn(LocalDate.now());
    session.setModality("emotionally focused therapy");
    TherapySession saved = plans.recordSession(own.id(), session, clinician);
    JournalForm entry = new JournalForm();
    entry.setBody("A synthetic entry for the route table.");
    var written = context.getBean(Journal.class).write(entry, client);
    Map<String, String> ids = new HashMap<>();
    ids.put("session", saved.id().toString());
    ids.put("entry", written.id().toString());
    return ids;
  }
}
