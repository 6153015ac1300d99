package org.securebase.app.journal;

import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may reach a client's own space: the client writes and reads all of it; their clinician reads
 * what the client shares (and the structured logs); nobody else reaches any of it. Refusals are
 * audited and answered as "not found", so nobody learns that a record exists.
 */
@Component
class SpaceAccess {

  private final Caseload caseload;
  private final AuditLog audit;

  SpaceAccess(Caseload caseload, AuditLog audit) {
    this.caseload = caseload;
    this.audit = audit;
  }

  /** The client record a client writes into: only their own. */
  UUID writer(SignedInUser user, String recordType) {
    if (user.role() != Role.CLIENT || user.clientId() == null) {
      audit.denied("CREATE", recordType, "space:" + user.id());
      throw new RecordNotFoundException(recordType, user.id());
    }
    return user.clientId();
  }

  /** Checks that {@code user} may read {@code clientId}'s space (the client or their clinician). */
  void reader(UUID clientId, SignedInUser user) {
    caseload.read(clientId, user);
  }

  static boolean isOwner(UUID clientId, SignedInUser user) {
    return user.role() == Role.CLIENT && clientId.equals(user.clientId());
  }
}
