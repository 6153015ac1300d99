package org.securebase.app.journal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The support log: turning to a trusted person in a hard moment, by role, and how it went. */
@Component
public class SupportLog {

  static final String RECORD_TYPE = "support_event";

  private final ClientLogRepository logs;
  private final SpaceAccess access;
  private final AuditLog audit;

  SupportLog(ClientLogRepository logs, SpaceAccess access, AuditLog audit) {
    this.logs = logs;
    this.access = access;
    this.audit = audit;
  }

  @Transactional
  public UUID record(SupportForm form, SignedInUser user) {
    UUID clientId = access.writer(user, RECORD_TYPE);
    UUID id = UUID.randomUUID();
    logs.insertSupport(
        id, clientId, form.getOccurredAt().atZone(ZoneId.systemDefault()).toOffsetDateTime(), form);
    audit.record("CREATE", RECORD_TYPE, id);
    return id;
  }

  @Transactional
  public List<SupportEvent> list(UUID clientId, SignedInUser user) {
    access.reader(clientId, user);
    audit.record("LIST", RECORD_TYPE, "client:" + clientId);
    return logs.supportEvents(clientId, SpaceAccess.isOwner(clientId, user));
  }
}
