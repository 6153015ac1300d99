package org.securebase.app.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session notes as in clinical practice: a saved session is a draft its clinician may edit; signing
 * is an explicit step that locks it (who and when are kept); a signed note then changes only by a
 * dated addendum with its author, shown under the note. Every read and write is audited; only the
 * client's own clinician reaches any of it (through {@link TreatmentPlans#session}).
 */
@Component
public class SessionNotes {

  static final String ADDENDUM = "session_addendum";
  static final int ADDENDUM_MAX = 5000;

  private final TreatmentPlans plans;
  private final SessionNoteRepository notes;
  private final PlanRepository planRows;
  private final AuditLog audit;
  private final Clock clock;

  SessionNotes(
      TreatmentPlans plans,
      SessionNoteRepository notes,
      PlanRepository planRows,
      AuditLog audit,
      Clock clock) {
    this.plans = plans;
    this.notes = notes;
    this.planRows = planRows;
    this.audit = audit;
    this.clock = clock;
  }

  /** The form for editing a draft, filled from it; a signed note has no edit form (409). */
  @Transactional
  public SessionForm editForm(UUID clientId, UUID sessionId, SignedInUser user) {
    TherapySession s = plans.session(clientId, sessionId, user);
    if (s.isSigned()) {
      throw new StaleEditException(TreatmentPlans.SESSION, sessionId);
    }
    return SessionForm.of(s, plans.page(clientId, LocalDate.now(clock)));
  }

  /**
   * Saves the edited draft when it is still unsigned and at the version the form was opened at;
   * otherwise a 409 and nothing changes.
   */
  @Transactional
  public TherapySession updateDraft(
      UUID clientId, UUID sessionId, SessionForm form, SignedInUser user) {
    TherapySession s = plans.session(clientId, sessionId, user);
    Set<UUID> allowed = objectiveKeys(plans.page(clientId, LocalDate.now(clock)));
    s.progress().forEach(p -> allowed.add(p.objectiveKey()));
    checkProgress(form, allowed);
    if (form.getVersion() == null || !notes.updateDraft(sessionId, form.getVersion(), form)) {
      throw new StaleEditException(TreatmentPlans.SESSION, sessionId);
    }
    planRows.insertProgress(sessionId, form);
    audit.record("UPDATE", TreatmentPlans.SESSION, sessionId);
    return plans.session(clientId, sessionId, user);
  }

  /** Signs the draft: it is locked from now on. Signing an older version or a signed note: 409. */
  @Transactional
  public TherapySession sign(UUID clientId, UUID sessionId, int version, SignedInUser user) {
    plans.session(clientId, sessionId, user);
    if (!notes.sign(sessionId, version, user.id(), user.displayName(), now())) {
      throw new StaleEditException(TreatmentPlans.SESSION, sessionId);
    }
    audit.record("SIGN", TreatmentPlans.SESSION, sessionId);
    return plans.session(clientId, sessionId, user);
  }

  /** Adds a dated addendum by the signed-in clinician under a signed note. */
  @Transactional
  public SessionAddendum addAddendum(
      UUID clientId, UUID sessionId, String body, SignedInUser user) {
    TherapySession s = plans.session(clientId, sessionId, user);
    if (!s.isSigned()) {
      throw new BadInputException("body", "notes.addendum.only-signed");
    }
    if (body == null || body.isBlank()) {
      throw new BadInputException("body", "notes.addendum.empty");
    }
    if (body.length() > ADDENDUM_MAX) {
      throw new BadInputException("body", "notes.addendum.too-long", ADDENDUM_MAX);
    }
    UUID id = UUID.randomUUID();
    notes.insertAddendum(id, sessionId, user.id(), user.displayName(), now(), body);
    audit.record("CREATE", ADDENDUM, id);
    return notes.addenda(sessionId).stream().filter(a -> a.id().equals(id)).findFirst().get();
  }

  /** The addenda under a session's note, oldest first. */
  @Transactional
  public List<SessionAddendum> addenda(UUID clientId, UUID sessionId, SignedInUser user) {
    plans.session(clientId, sessionId, user);
    audit.record("LIST", ADDENDUM, "session:" + sessionId);
    return notes.addenda(sessionId);
  }

  /** The keys of the current plan's objectives. */
  static Set<UUID> objectiveKeys(PlanPage page) {
    Set<UUID> keys = new HashSet<>();
    page.standings().forEach(st -> keys.add(st.objective().key()));
    return keys;
  }

  /**
   * Progress counts are 0 to {@link SessionForm#MAX_COUNT}, each for one of {@code allowed} (the
   * plan's objectives).
   */
  static void checkProgress(SessionForm form, Set<UUID> allowed) {
    for (int i = 0; i < form.getProgress().size(); i++) {
      SessionForm.ProgressRow row = form.getProgress().get(i);
      if (row.getCount() != null
          && (row.getCount() < 0 || row.getCount() > SessionForm.MAX_COUNT)) {
        throw new BadInputException("progress[" + i + "].count", "use a count from 0 to 500");
      }
      if (row.getObjectiveKey() != null && !allowed.contains(row.getObjectiveKey())) {
        throw new BadInputException(
            "progress[" + i + "].objectiveKey", "not an objective of this plan");
      }
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
