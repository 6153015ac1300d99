package org.securebase.app.journal;

import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crisis flags on a client's entries, for the clinician: which log and when, never the text.
 */
@Component
public class CrisisFlags {

  private final ClientLogRepository logs;
  private final SpaceAccess access;
  private final AuditLog audit;

  CrisisFlags(ClientLogRepository logs, SpaceAccess access, AuditLog audit) {
    this.logs = logs;
    this.access = access;
    this.audit = audit;
  }

  /**
   * A questionnaire answer that asks for the clinician's attention now (PHQ-9 item 9 above 0): the
   * same flag a journal entry with self-harm language raises, pointing at the response set.
   *
   * @param rule what raised it, e.g. {@code phq-9 item 9 > 0}, stored where a phrase list's version
   *     goes so the clinician sees why
   */
  @Transactional
  public void raiseForMeasure(UUID clientId, UUID administrationId, String rule) {
    logs.insertMeasureFlag(clientId, administrationId, rule);
    audit.record("FLAG", "crisis_flag", administrationId);
  }

  @Transactional(readOnly = true)
  public List<CrisisFlag> list(UUID clientId, SignedInUser user) {
    access.reader(clientId, user);
    audit.record("LIST", "crisis_flag", "client:" + clientId);
    return logs.flags(clientId);
  }

  /**
   * Flags crisis language that another feature found in what the client wrote (a guided practice's
   * aspiration): the clinician sees the date and where, never the words. {@code source} is the
   * flag's source code, e.g. {@code PRACTICE}.
   */
  @Transactional
  public void raise(UUID clientId, String source, UUID entryId, String phraseListVersion) {
    logs.insertFlag(clientId, source, entryId, phraseListVersion);
    audit.record("FLAG", "crisis_flag", entryId);
  }
}
