package org.securebase.app.scheduling;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.SessionForm;
import org.securebase.app.plan.TherapySession;
import org.securebase.app.plan.TreatmentPlans;
import org.springframework.stereotype.Component;

/**
 * An attended appointment and the session record: the session the clinician already recorded for
 * that client on that date is linked; otherwise a session is created with the next number, through
 * the plan feature's public service. Only the client's own clinician can do either; an interviewer
 * from outside the caseload gets no session record.
 */
@Component
class SessionLink {

  private final TreatmentPlans plans;
  private final SchedulingText text;

  SessionLink(TreatmentPlans plans, SchedulingText text) {
    this.plans = plans;
    this.text = text;
  }

  Optional<UUID> linkOrCreate(Appointment a, SignedInUser clinician) {
    LocalDate day = a.localStart().toLocalDate();
    Optional<TherapySession> existing;
    try {
      existing =
          plans.sessions(a.clientId(), clinician).stream()
              .filter(s -> s.heldOn().equals(day))
              .findFirst();
    } catch (org.securebase.app.kernel.RecordNotFoundException notTheirClient) {
      return Optional.empty();
    }
    if (existing.isPresent()) {
      return Optional.of(existing.get().id());
    }
    SessionForm form = plans.sessionForm(a.clientId(), clinician);
    form.setHeldOn(day);
    form.setModality(
        text.get("scheduling.session.modality", text.typeLabel(a.typeCode()), a.minutes()));
    form.getProgress().clear();
    return Optional.of(plans.recordSession(a.clientId(), form, clinician).id());
  }

  /** The session number of a linked session, for the calendar. */
  Optional<Integer> number(UUID clientId, UUID sessionId, SignedInUser clinician) {
    return plans.sessions(clientId, clinician).stream()
        .filter(s -> s.id().equals(sessionId))
        .map(TherapySession::number)
        .findFirst();
  }
}
