package org.securebase.app.journal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crisis flags on a client's entries, for the clinician: which log and when, never the text.
 */
@Component
public class CrisisFlags {

  private final ClientLogRepository logs;
  private final FlagReviewRepository reviews;
  private final SpaceAccess access;
  private final AuditLog audit;
  private final Clock clock;

  CrisisFlags(
      ClientLogRepository logs,
      FlagReviewRepository reviews,
      SpaceAccess access,
      AuditLog audit,
      Clock clock) {
    this.logs = logs;
    this.reviews = reviews;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A client's flags at a glance, for a caseload row.
   *
   * @param unseen how many flags no clinician has marked as seen yet
   * @param newest the newest flag, with its review if it has one
   */
  public record Summary(int unseen, CrisisFlag newest) {}

  /**
   * The clinician marks a flag as seen: who and when are kept and shown beside the flag. Only the
   * client's own clinician may; a flag that is not this client's is a 404. Marking a flag already
   * seen keeps the first review.
   */
  @Transactional
  public CrisisFlag markSeen(UUID clientId, UUID flagId, SignedInUser clinician) {
    if (clinician.role() != Role.CLINICIAN) {
      audit.denied("REVIEW", "crisis_flag", flagId);
      throw new RecordNotFoundException("crisis_flag", flagId);
    }
    access.reader(clientId, clinician);
    CrisisFlag flag =
        logs.flags(clientId).stream()
            .filter(f -> f.id().equals(flagId))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("crisis_flag", flagId));
    if (!flag.isReviewed()) {
      reviews.insertIfAbsent(
          flagId,
          clientId,
          clinician.id(),
          clinician.displayName(),
          OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }
    audit.record("REVIEW", "crisis_flag", flagId);
    return logs.flags(clientId).stream().filter(f -> f.id().equals(flagId)).findFirst().get();
  }

  /**
   * Flag summaries for the clients on a caseload page, keyed by client id; clients without flags
   * are left out. The caller lists only the clinician's own clients.
   */
  @Transactional(readOnly = true)
  public Map<UUID, Summary> summaries(List<UUID> clientIds, SignedInUser clinician) {
    Map<UUID, Summary> summaries = new HashMap<>();
    for (UUID clientId : clientIds) {
      List<CrisisFlag> flags = logs.flags(clientId);
      if (!flags.isEmpty()) {
        int unseen = (int) flags.stream().filter(f -> !f.isReviewed()).count();
        summaries.put(clientId, new Summary(unseen, flags.get(0)));
      }
    }
    audit.record("LIST", "crisis_flag", "caseload:" + clinician.id());
    return summaries;
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
