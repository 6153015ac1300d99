package org.securebase.app.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.plan.Deadline;
import org.securebase.core.plan.ObjectiveTemplate;
import org.securebase.core.plan.ProgressNote;
import org.securebase.core.plan.StatusRule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treatment plans and sessions for the clinician of a client. A plan is never edited in place: each
 * save adds a version, based on the version the clinician started from (a stale one is a 409).
 * Objective status comes from the core's {@link StatusRule}. Every read and write is audited.
 */
@Component
public class TreatmentPlans {

  private final Clock clock;

  static final String PLAN = "treatment_plan";
  static final String SESSION = "therapy_session";

  private final PlanRepository plans;
  private final Caseload caseload;
  private final AuditLog audit;

  private final ObjectProvider<ObjectiveProgressSource> outsideSessions;

  TreatmentPlans(
      PlanRepository plans,
      Caseload caseload,
      AuditLog audit,
      Clock clock,
      ObjectProvider<ObjectiveProgressSource> outsideSessions) {
    this.clock = clock;
    this.plans = plans;
    this.caseload = caseload;
    this.audit = audit;
    this.outsideSessions = outsideSessions;
  }

  /** One progress entry of an objective, with the session it was recorded in. */
  public record ProgressEntry(int session, LocalDate heldOn, int count) {}

  /** An objective of the current plan with its status and history. */
  public record Standing(
      PlanObjective objective, StatusRule.Assessment assessment, List<ProgressEntry> history) {}

  @Transactional
  public PlanPage read(UUID clientId, SignedInUser user) {
    clinicianOf(clientId, user, "READ");
    audit.record("READ", PLAN, "client:" + clientId);
    return page(clientId, LocalDate.now(clock));
  }

  PlanPage page(UUID clientId, LocalDate today) {
    List<TherapySession> sessions = plans.sessions(clientId);
    Optional<PlanRepository.PlanRow> row = plans.planOf(clientId);
    if (row.isEmpty()) {
      return new PlanPage(null, null, List.of(), List.of(), sessions);
    }
    List<PlanVersion> versions = plans.versions(row.get().id());
    PlanVersion current = versions.get(0);
    Map<UUID, Integer> outside = new HashMap<>();
    outsideSessions
        .orderedStream()
        .forEach(
            source ->
                source.countsFor(clientId).forEach((k, n) -> outside.merge(k, n, Integer::sum)));
    return new PlanPage(
        row.get().id(), current, versions, standings(current, sessions, outside, today), sessions);
  }

  /** Session progress plus progress outside sessions (homework such as guided practice). */
  private static List<Standing> standings(
      PlanVersion current,
      List<TherapySession> sessions,
      Map<UUID, Integer> outside,
      LocalDate today) {
    List<Standing> standings = new ArrayList<>();
    int held = sessions.size();
    for (PlanObjective o : current.objectives()) {
      List<ProgressEntry> history = new ArrayList<>();
      int sum = 0;
      for (TherapySession s : sessions) {
        for (TherapySession.Progress p : s.progress()) {
          if (p.objectiveKey().equals(o.key())) {
            history.add(new ProgressEntry(s.number(), s.heldOn(), p.count()));
            sum += p.count();
          }
        }
      }
      history.sort(Comparator.comparingInt(ProgressEntry::session));
      sum += outside.getOrDefault(o.key(), 0);
      standings.add(
          new Standing(
              o,
              StatusRule.assess(
                  o.targetCount(), o.deadline(), o.startSession(), o.startDate(), sum, held, today),
              history));
    }
    return standings;
  }

  /** The form for the plan: its current objectives, plus every template as an optional row. */
  @Transactional
  public PlanForm form(UUID clientId, SignedInUser user) {
    clinicianOf(clientId, user, "READ");
    PlanPage page = page(clientId, LocalDate.now(clock));
    int held = page.sessions().size();
    PlanForm form = new PlanForm();
    form.setBasedOn(page.exists() ? page.current().version() : 0);
    if (page.exists()) {
      form.setFormulation(page.current().formulation());
      form.setObstacles(
          page.current().obstacles().isEmpty()
              ? null
              : java.util.EnumSet.copyOf(page.current().obstacles()));
      page.current().objectives().forEach(o -> form.getObjectives().add(ObjectiveForm.of(o)));
    }
    for (ObjectiveTemplate t : ObjectiveTemplate.values()) {
      form.getObjectives().add(ObjectiveForm.fromTemplate(t, held));
    }
    return form;
  }

  /** Problems with the plan form, keyed by field path ({@code objectives[2].targetCount}). */
  public static Map<String, String> problems(PlanForm form) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (form.getFormulation() != null && form.getFormulation().length() > 20000) {
      problems.put("formulation", "use at most 20,000 characters");
    }
    for (int i = 0; i < form.getObjectives().size(); i++) {
      ObjectiveForm o = form.getObjectives().get(i);
      if (!o.isIncluded()) {
        continue;
      }
      String p = "objectives[" + i + "].";
      if (o.getTemplate() == null) {
        problems.put(p + "template", "choose a template");
        continue;
      }
      if (o.getTargetCount() == null || o.getTargetCount() < 1 || o.getTargetCount() > 500) {
        problems.put(p + "targetCount", "enter a target count from 1 to 500");
      }
      if ((o.getDeadlineSession() == null) == (o.getDeadlineDate() == null)) {
        problems.put(p + "deadlineSession", "enter either a session number or a date, not both");
      } else if (o.getDeadlineSession() != null
          && (o.getDeadlineSession() < 1 || o.getDeadlineSession() > 1000)) {
        problems.put(p + "deadlineSession", "use a session number from 1 to 1,000");
      }
      if (o.getTemplate().usesConsecutive()
          && (o.getConsecutive() == null || o.getConsecutive() < 1 || o.getConsecutive() > 500)) {
        problems.put(p + "consecutive", "enter how many consecutive sessions, from 1 to 500");
      }
      if (o.getMechanism() == null || o.getMechanism().isBlank()) {
        problems.put(p + "mechanism", "name the mechanism of change");
      } else if (o.getMechanism().length() > 200) {
        problems.put(p + "mechanism", "use at most 200 characters");
      }
    }
    if (problems.isEmpty() && form.getObjectives().stream().noneMatch(ObjectiveForm::isIncluded)) {
      problems.put("objectives", "include at least one objective");
    }
    return problems;
  }

  /** Saves the form as a new version of the plan, based on {@code form.basedOn}. */
  @Transactional
  public PlanVersion save(UUID clientId, PlanForm form, SignedInUser user) {
    clinicianOf(clientId, user, "UPDATE");
    Map<String, String> problems = problems(form);
    if (!problems.isEmpty()) {
      var first = problems.entrySet().iterator().next();
      throw new BadInputException(first.getKey(), first.getValue());
    }
    int held = plans.sessionCount(clientId);
    Optional<PlanRepository.PlanRow> row = plans.planOf(clientId);
    UUID planId;
    if (row.isEmpty()) {
      planId = UUID.randomUUID();
      plans.insertPlan(planId, clientId);
      audit.record("CREATE", PLAN, planId);
    } else {
      planId = row.get().id();
    }
    int basedOn = form.getBasedOn() == null ? -1 : form.getBasedOn();
    int next = basedOn + 1;
    if (!plans.advance(planId, basedOn, next)) {
      throw new StaleEditException(PLAN, planId);
    }
    Map<UUID, PlanObjective> previous = new HashMap<>();
    if (row.isPresent()) {
      plans.versions(planId).get(0).objectives().forEach(o -> previous.put(o.key(), o));
    }
    List<PlanObjective> objectives = new ArrayList<>();
    for (ObjectiveForm o : form.getObjectives()) {
      if (!o.isIncluded()) {
        continue;
      }
      PlanObjective before = o.getKey() == null ? null : previous.get(o.getKey());
      objectives.add(
          new PlanObjective(
              before == null ? UUID.randomUUID() : before.key(),
              objectives.size(),
              o.getTemplate(),
              o.getTargetCount(),
              o.getTemplate().usesConsecutive() ? o.getConsecutive() : null,
              o.getDeadlineSession() != null
                  ? Deadline.bySession(o.getDeadlineSession())
                  : Deadline.byDate(o.getDeadlineDate()),
              o.getMechanism().strip(),
              before == null ? held : before.startSession(),
              before == null ? LocalDate.now(clock) : before.startDate()));
    }
    UUID versionId = UUID.randomUUID();
    plans.insertVersion(
        versionId,
        planId,
        next,
        user.id(),
        user.displayName(),
        blankToNull(form.getFormulation()),
        form.getObstacles(),
        objectives);
    audit.record("UPDATE", PLAN, planId + "/v" + next);
    return plans.versions(planId).get(0);
  }

  // ---- sessions

  /** A new session form with one progress row per current objective. */
  @Transactional
  public SessionForm sessionForm(UUID clientId, SignedInUser user) {
    clinicianOf(clientId, user, "READ");
    SessionForm form = new SessionForm();
    form.setHeldOn(LocalDate.now(clock));
    PlanPage page = page(clientId, LocalDate.now(clock));
    if (page.exists()) {
      for (PlanObjective o : page.current().objectives()) {
        SessionForm.ProgressRow row = new SessionForm.ProgressRow();
        row.setObjectiveKey(o.key());
        form.getProgress().add(row);
      }
    }
    return form;
  }

  /** The progress-note draft for the form's structured fields, by the core's sentence pattern. */
  @Transactional
  public String draft(UUID clientId, SessionForm form, SignedInUser user) {
    clinicianOf(clientId, user, "READ");
    PlanPage page = page(clientId, LocalDate.now(clock));
    int number = plans.nextSessionNumber(clientId);
    List<ProgressNote.WorkedOn> worked = new ArrayList<>();
    for (SessionForm.ProgressRow row : form.getProgress()) {
      if (row.getCount() == null || row.getObjectiveKey() == null) {
        continue;
      }
      for (Standing s : page.standings()) {
        if (s.objective().key().equals(row.getObjectiveKey())) {
          int soFar = s.assessment().progress() + row.getCount();
          StatusRule.Assessment after =
              StatusRule.assess(
                  s.objective().targetCount(),
                  s.objective().deadline(),
                  s.objective().startSession(),
                  s.objective().startDate(),
                  soFar,
                  number,
                  form.getHeldOn() == null ? LocalDate.now(clock) : form.getHeldOn());
          worked.add(
              new ProgressNote.WorkedOn(
                  s.objective().wording(),
                  row.getCount(),
                  soFar,
                  s.objective().targetCount(),
                  after.status()));
        }
      }
    }
    return ProgressNote.draft(
        number,
        form.getHeldOn() == null ? LocalDate.now(clock) : form.getHeldOn(),
        form.getFramework(),
        form.getModality(),
        form.getProblem(),
        worked);
  }

  @Transactional
  public TherapySession recordSession(UUID clientId, SessionForm form, SignedInUser user) {
    clinicianOf(clientId, user, "CREATE");
    SessionNotes.checkProgress(
        form, SessionNotes.objectiveKeys(page(clientId, LocalDate.now(clock))));
    UUID id = UUID.randomUUID();
    int number = plans.nextSessionNumber(clientId);
    plans.insertSession(id, clientId, number, form, user.id());
    audit.record("CREATE", SESSION, id);
    return plans.sessions(clientId).stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  public TherapySession session(UUID clientId, UUID sessionId, SignedInUser user) {
    clinicianOf(clientId, user, "READ");
    TherapySession session =
        plans.sessions(clientId).stream()
            .filter(s -> s.id().equals(sessionId))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(SESSION, sessionId));
    audit.record("READ", SESSION, sessionId);
    return session;
  }

  @Transactional
  public List<TherapySession> sessions(UUID clientId, SignedInUser user) {
    clinicianOf(clientId, user, "LIST");
    audit.record("LIST", SESSION, "client:" + clientId);
    return plans.sessions(clientId);
  }

  /**
   * For the client's home page: the open objectives of their plan with their deadlines, in plain
   * words (no status judgement), only for the client themself.
   */
  @Transactional
  public List<String> dueForClient(UUID clientId, SignedInUser user) {
    if (user.role() != Role.CLIENT || !clientId.equals(user.clientId())) {
      audit.denied("READ", PLAN, "client:" + clientId);
      throw new RecordNotFoundException(PLAN, clientId);
    }
    audit.record("READ_DUE", PLAN, "client:" + clientId);
    PlanPage page = page(clientId, LocalDate.now(clock));
    List<String> due = new ArrayList<>();
    for (Standing s : page.standings()) {
      if (s.assessment().status() == org.securebase.core.plan.ObjectiveStatus.MET) {
        continue;
      }
      due.add(
          s.objective().goal()
              + ": "
              + s.assessment().progress()
              + " of "
              + s.objective().targetCount()
              + " so far, "
              + s.objective().deadline().describe()
              + ".");
    }
    return due;
  }

  private void clinicianOf(UUID clientId, SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied(action, PLAN, "client:" + clientId);
      throw new RecordNotFoundException(PLAN, clientId);
    }
    caseload.read(clientId, user);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
