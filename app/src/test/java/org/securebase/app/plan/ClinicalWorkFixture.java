package org.securebase.app.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.client.ClientForm;
import org.securebase.app.journal.CrisisFlags;
import org.securebase.app.journal.Journal;
import org.securebase.app.journal.JournalForm;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;

/**
 * Records of the clinical work that route tests refer to: a plan, a session, a journal entry; a
 * draft to edit, a draft to sign and a signed note to add to; a crisis flag; a client to discharge.
 */
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
    notes(context, plans, clinician, own, ids);
    return ids;
  }

  /**
   * {draftSession} stays a draft (its edit row posts a stale version), {signSession} is signed by
   * its row, {signedSession} takes addenda; {flag} is a crisis flag on {@code own}; {dischargeable}
   * is a second client of the clinician at version 0 (its discharge row posts version 0, its
   * re-open row version 1, the version the discharge leaves).
   */
  private static void notes(
      ApplicationContext context,
      TreatmentPlans plans,
      SignedInUser clinician,
      Client own,
      Map<String, String> ids) {
    SessionNotes notes = context.getBean(SessionNotes.class);
    String[] names = {"draftSession", "signSession", "signedSession"};
    for (String name : names) {
      SessionForm form = plans.sessionForm(own.id(), clinician);
      form.setHeldOn(LocalDate.now());
      form.setModality("emotionally focused therapy");
      TherapySession s = plans.recordSession(own.id(), form, clinician);
      if (name.equals("signedSession")) {
        notes.sign(own.id(), s.id(), s.version(), clinician);
      }
      ids.put(name, s.id().toString());
    }
    CrisisFlags flags = context.getBean(CrisisFlags.class);
    flags.raise(own.id(), "PRACTICE", java.util.UUID.randomUUID(), "matrix phrases");
    ids.put("flag", flags.list(own.id(), clinician).get(0).id().toString());
    ClientForm second = new ClientForm();
    second.setDisplayName(org.securebase.app.TestWorkspace.unique("Discharge"));
    second.setStartDate(LocalDate.of(2025, 3, 1));
    ids.put(
        "dischargeable", context.getBean(Caseload.class).create(second, clinician).id().toString());
  }
}
