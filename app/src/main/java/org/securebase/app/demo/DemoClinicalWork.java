package org.securebase.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Random;
import org.securebase.app.account.Account;
import org.securebase.app.journal.ActivationForm;
import org.securebase.app.journal.ActivationLog;
import org.securebase.app.journal.ClientOverview;
import org.securebase.app.journal.Journal;
import org.securebase.app.journal.JournalForm;
import org.securebase.app.journal.JournalPrompt;
import org.securebase.app.journal.Pathway;
import org.securebase.app.journal.Pull;
import org.securebase.app.journal.SetbackForm;
import org.securebase.app.journal.SetbackKind;
import org.securebase.app.journal.SupportForm;
import org.securebase.app.journal.SupportLog;
import org.securebase.app.journal.SupportOutcome;
import org.securebase.app.journal.SupportRole;
import org.securebase.app.journal.TriggerType;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.ObjectiveForm;
import org.securebase.app.plan.Obstacle;
import org.securebase.app.plan.PlanForm;
import org.securebase.app.plan.SessionForm;
import org.securebase.app.plan.SessionNotes;
import org.securebase.app.plan.TherapySession;
import org.securebase.app.plan.TreatmentPlans;
import org.securebase.core.plan.ObjectiveTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo clinical work for Robin: a plan, a few sessions, months of activations, support events and
 * two journal entries. Synthetic, written by the SecureBase team; seeded through the services, so
 * the same rules, encryption and audit apply.
 */
@Component
public class DemoClinicalWork {

  private final Clock clock;

  private final TreatmentPlans plans;
  private final SessionNotes notes;
  private final ActivationLog activations;
  private final SupportLog support;
  private final Journal journal;
  private final ClientOverview overview;

  DemoClinicalWork(
      TreatmentPlans plans,
      SessionNotes notes,
      ActivationLog activations,
      SupportLog support,
      Journal journal,
      ClientOverview overview,
      Clock clock) {
    this.clock = clock;
    this.plans = plans;
    this.notes = notes;
    this.activations = activations;
    this.support = support;
    this.journal = journal;
    this.overview = overview;
  }

  public void seed(Account clinicianAccount, Account clientAccount) {
    SignedInUser clinician = as(clinicianAccount);
    var clientId = clientAccount.clientId();
    PlanForm form = plans.form(clientId, clinician);
    form.setFormulation(
        "Pulls away when partners come close, then feels alone. Works hard at self-reliance."
            + " Draws on a grandmother's steadiness in childhood.");
    form.setObstacles(EnumSet.of(Obstacle.REPEATING_PARTNERS, Obstacle.ISOLATION));
    for (ObjectiveForm o : form.getObjectives()) {
      if (o.getTemplate() == ObjectiveTemplate.SAFE_CLOSENESS
          || o.getTemplate() == ObjectiveTemplate.ALTERNATIVE_SUPPORT
          || o.getTemplate() == ObjectiveTemplate.REFLECTIVE_CAPACITY) {
        o.setIncluded(true);
      }
    }
    plans.save(clientId, form, clinician);
    LocalDate today = LocalDate.now(clock);
    // The first session is the intake on the day the work started, so no date of the demo comes
    // before it; progress toward the objectives is first counted six weeks ago.
    long sinceStart =
        java.time.temporal.ChronoUnit.DAYS.between(DemoClients.robinStarted(today), today);
    String[][] sessions = {
      {String.valueOf(sinceStart), "what brings Robin now: the same ending, twice"},
      {"42", "withdrawal when a partner asks for closeness"},
      {"35", "the urge to leave after an argument"},
      {"28", "feeling crowded by a friend's care"}
    };
    // Progress per session for reflective capacity, safe closeness and alternative support: one
    // objective met, one on track, one behind, so the demo shows each status.
    int[][] counts = {{0, 0, 0}, {1, 1, 0}, {1, 0, 0}, {0, 1, 0}};
    for (int n = 0; n < sessions.length; n++) {
      String[] s = sessions[n];
      int[] row = counts[n];
      SessionForm sf = plans.sessionForm(clientId, clinician);
      sf.setHeldOn(today.minusDays(Integer.parseInt(s[0])));
      sf.setModality("mentalization-based treatment");
      sf.setFramework("an attachment-informed formulation");
      sf.setProblem(s[1]);
      sf.setNotes("Synthetic demo note.");
      for (int i = 0; i < sf.getProgress().size(); i++) {
        sf.getProgress().get(i).setCount(row[i] == 0 && (i == 2 || n == 0) ? null : row[i]);
      }
      sf.setProgressNote(plans.draft(clientId, sf, clinician));
      TherapySession saved = plans.recordSession(clientId, sf, clinician);
      // The older notes are signed (one with an addendum); the newest is still a draft.
      if (n < sessions.length - 1) {
        notes.sign(clientId, saved.id(), saved.version(), clinician);
      }
      if (n == 0) {
        notes.addAddendum(
            clientId,
            saved.id(),
            "Synthetic demo addendum: the client later said the withdrawal began the evening"
                + " before the session.",
            clinician);
      }
    }

    SignedInUser client = as(clientAccount);
    Random random = new Random(104);
    TriggerType[] triggers = TriggerType.values();
    LocalDateTime start =
        LocalDateTime.now(clock.withZone(ZoneId.systemDefault()))
            .minusMonths(6)
            .withHour(21)
            .withMinute(0);
    for (int i = 0; i < 26; i++) {
      ActivationForm a = new ActivationForm();
      a.setOccurredAt(start.plusDays(7L * i + random.nextInt(3)));
      a.setTrigger(triggers[random.nextInt(triggers.length)]);
      a.setPull(i % 5 == 0 ? Pull.DISORGANIZED_FREEZE_FLEE : Pull.AVOIDANT_WITHDRAWAL);
      a.setNoticedAndNamed(i > 6 || i % 2 == 0);
      // Settling time drifts down over the months, with ordinary ups and downs.
      a.setMinutesUntilSettled(Math.max(5, 110 - 3 * i + random.nextInt(30) - 15));
      if (i % 6 == 3) {
        a.setDoneInstead("Went for a walk and texted a friend instead of going silent.");
        a.setNotesShared(true);
      }
      activations.record(a, client);
    }
    SetbackForm setback = new SetbackForm();
    setback.setOccurredOn(LocalDate.now(clock).minusMonths(3));
    setback.setKind(SetbackKind.HEALTH);
    activations.markSetback(setback, client);
    SupportRole[] roles = {SupportRole.FRIEND, SupportRole.FAMILY, SupportRole.PARTNER};
    for (int i = 0; i < 5; i++) {
      SupportForm f = new SupportForm();
      f.setOccurredAt(
          LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).minusDays(10L + 12L * i));
      f.setRole(roles[i % roles.length]);
      f.setOutcome(i == 2 ? SupportOutcome.PARTLY : SupportOutcome.HELPED);
      if (i == 0 || i == 2) {
        f.setNote(
            i == 0
                ? "Called a friend on the way home; talking while walking made it easier."
                : "Told my sister, but we ended up arguing about something else.");
        f.setNoteShared(i == 0);
      }
      support.record(f, client);
    }
    JournalForm shared = new JournalForm();
    shared.setPrompt(JournalPrompt.SAFE_RELATIONSHIP);
    shared.setBody(
        "My grandmother let me sit in the kitchen while she cooked and never asked me to explain"
            + " my moods. I think that is where I learned that quiet company can be enough.");
    shared.setShared(true);
    journal.write(
        shared, client, OffsetDateTime.now(clock.withZone(ZoneId.systemDefault())).minusDays(20));
    JournalForm own = new JournalForm();
    own.setPrompt(JournalPrompt.SHIFTS_AND_STUCK);
    own.setBody(
        "I stayed on the phone last week when it got close. Still stuck: I go quiet at"
            + " family dinners.");
    journal.write(
        own, client, OffsetDateTime.now(clock.withZone(ZoneId.systemDefault())).minusDays(3));
    overview.choosePathways(EnumSet.of(Pathway.THERAPY, Pathway.FRIENDS), client);
    SecurityContextHolder.clearContext();
  }

  private static SignedInUser as(Account account) {
    return org.securebase.app.demo.ActingAs.account(account);
  }
}
