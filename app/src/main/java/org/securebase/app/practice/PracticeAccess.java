package org.securebase.app.practice;

import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who reaches a practice: the client's clinician (through the caseload's own check, {@link
 * Caseload#read}) and the client, who sees only approved practices of their own. Anyone else gets a
 * 404, and the refusal is audited.
 */
@Component
class PracticeAccess {

  private final PracticeRepository practices;
  private final Caseload caseload;
  private final AuditLog audit;

  PracticeAccess(PracticeRepository practices, Caseload caseload, AuditLog audit) {
    this.practices = practices;
    this.caseload = caseload;
    this.audit = audit;
  }

  /** The practice, when this user may see it; a 404 (audited as denied) otherwise. */
  Practice visible(UUID practiceId, SignedInUser user, String action) {
    Practice p =
        practices
            .find(practiceId)
            .orElseThrow(() -> new RecordNotFoundException(Practices.RECORD, practiceId));
    boolean allowed =
        switch (user.role()) {
          case CLINICIAN -> reachable(p.clientId(), user);
          case CLIENT -> p.clientId().equals(user.clientId()) && p.approved();
          default -> false;
        };
    if (!allowed) {
      audit.denied(action, Practices.RECORD, practiceId);
      throw new RecordNotFoundException(Practices.RECORD, practiceId);
    }
    return p;
  }

  /** The caseload's own check: a client not on this clinician's caseload is a 404 there. */
  private boolean reachable(UUID clientId, SignedInUser user) {
    caseload.read(clientId, user);
    return true;
  }

  /** The practice, when this user is its client's clinician; a 404 otherwise. */
  Practice clinicians(UUID practiceId, SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied(action, Practices.RECORD, practiceId);
      throw new RecordNotFoundException(Practices.RECORD, practiceId);
    }
    return visible(practiceId, user, action);
  }
}
