package org.securebase.app.measure;

import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who reaches which measures: a clinician only their own caseload's, a client only their own. A
 * refusal is audited and answered as if the record did not exist (404).
 */
@Component
class MeasureAccess {

  static final String ASSIGNMENT = "measure_assignment";
  static final String ADMINISTRATION = "measure_administration";
  static final String EVENT = "measure_event";

  private final MeasureRepository repository;
  private final Caseload caseload;
  private final AuditLog audit;

  MeasureAccess(MeasureRepository repository, Caseload caseload, AuditLog audit) {
    this.repository = repository;
    this.caseload = caseload;
    this.audit = audit;
  }

  /** The client if this clinician may see them; a client or other role gets a 404. */
  Client clinicianClient(UUID clientId, SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied(action, "client", clientId);
      throw new RecordNotFoundException("client", clientId);
    }
    return caseload.read(clientId, user);
  }

  /** An administration of the signed-in client's own; anyone else gets a 404. */
  Administration ownAdministration(UUID id, SignedInUser user, String action) {
    Administration a =
        repository
            .findAdministration(id)
            .orElseThrow(() -> new RecordNotFoundException(ADMINISTRATION, id));
    boolean allowed = user.role() == Role.CLIENT && a.clientId().equals(user.clientId());
    if (!allowed) {
      audit.denied(action, ADMINISTRATION, id);
      throw new RecordNotFoundException(ADMINISTRATION, id);
    }
    return a;
  }
}
