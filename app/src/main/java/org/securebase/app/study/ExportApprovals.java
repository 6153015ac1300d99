package org.securebase.app.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second person behind an export of identifiers or free text (four-eyes principle): a
 * researcher asks with a reason, the study's lead (never the person who asked) approves, and the
 * approval is good for one download within a few days. Without one the export is de-identified,
 * whatever the request says. Every step is audited.
 */
@Component
public class ExportApprovals {

  static final String RECORD_TYPE = "export_approval";

  /** One request as its study's members see it; {@code reason} decrypted for them. */
  public record Request(
      UUID id,
      UUID requestedBy,
      String requester,
      String reason,
      boolean identifiers,
      boolean freeText,
      Instant requestedAt,
      String status,
      String decider,
      Instant expiresAt) {}

  private final Studies studies;
  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration validFor;

  ExportApprovals(
      Studies studies,
      JdbcClient jdbc,
      FieldCipher cipher,
      AuditLog audit,
      Clock clock,
      @Value("${securebase.export.approval-valid-for:3d}") Duration validFor) {
    this.studies = studies;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
    this.validFor = validFor;
  }

  @Transactional
  public UUID request(
      UUID studyId, String reason, boolean identifiers, boolean freeText, SignedInUser user) {
    studies.visible(studyId, user, "REQUEST_EXPORT");
    String r = reason == null ? "" : reason.strip();
    if (r.length() < 10 || r.length() > 2000) {
      throw new BadInputException("reason", "give a reason of 10 to 2000 characters");
    }
    if (!identifiers && !freeText) {
      throw new BadInputException("identifiers", "choose identifiers, free text or both");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO export_approval (id, study_id, requested_by, reason, include_identifiers,
              include_free_text, requested_at, status)
            VALUES (:id, :study, :by, :reason, :ids, :text, :at, 'PENDING')
            """)
        .param("id", id)
        .param("study", studyId)
        .param("by", user.id())
        .param("reason", cipher.encrypt(r, RECORD_TYPE, "reason", id))
        .param("ids", identifiers)
        .param("text", freeText)
        .param("at", utc(clock.instant()))
        .update();
    audit.record("REQUEST_EXPORT", RECORD_TYPE, id);
    return id;
  }

  /**
   * Approves or refuses a pending request. Only the study's lead decides, and never on their own
   * request: a lead's own request is decided by another researcher of the study.
   */
  @Transactional
  public void decide(UUID studyId, UUID requestId, boolean approve, SignedInUser decider) {
    studies.visible(studyId, decider, "DECIDE_EXPORT");
    Request request =
        forStudy(studyId).stream()
            .filter(q -> q.id().equals(requestId))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, requestId));
    boolean requesterIsLead = studies.isLeadId(studyId, request.requestedBy());
    boolean mayDecide =
        !request.requestedBy().equals(decider.id())
            && (studies.isLead(studyId, decider) || requesterIsLead);
    if (!mayDecide) {
      audit.denied("DECIDE_EXPORT", RECORD_TYPE, requestId);
      throw new BadInputException(
          "approval", "a request is decided by the study's lead, never by the person who asked");
    }
    Instant now = clock.instant();
    int changed =
        jdbc.sql(
                """
                UPDATE export_approval SET status = :status, decided_by = :by, decided_at = :at,
                  expires_at = :expires WHERE id = :id AND status = 'PENDING'
                """)
            .param("status", approve ? "APPROVED" : "REFUSED")
            .param("by", decider.id())
            .param("at", utc(now))
            .param("expires", approve ? utc(now.plus(validFor)) : null)
            .param("id", requestId)
            .update();
    if (changed == 0) {
      throw new BadInputException("approval", "this request was decided already");
    }
    audit.record(approve ? "APPROVE_EXPORT" : "REFUSE_EXPORT", RECORD_TYPE, requestId);
  }

  /**
   * The options this person may export now: what they asked for if an approved, unused and
   * unexpired request covers it (which is then used up), otherwise the de-identified default.
   */
  @Transactional
  public StudyExport.Options redeem(UUID studyId, StudyExport.Options wanted, SignedInUser user) {
    if (!wanted.includeIdentifiers() && !wanted.includeFreeText()) {
      return StudyExport.Options.DEFAULT;
    }
    List<UUID> usable =
        jdbc.sql(
                """
                SELECT id FROM export_approval WHERE study_id = :study AND requested_by = :by
                  AND status = 'APPROVED' AND expires_at > :now
                  AND (include_identifiers OR NOT :ids) AND (include_free_text OR NOT :text)
                ORDER BY decided_at
                """)
            .param("study", studyId)
            .param("by", user.id())
            .param("now", utc(clock.instant()))
            .param("ids", wanted.includeIdentifiers())
            .param("text", wanted.includeFreeText())
            .query(UUID.class)
            .list();
    for (UUID id : usable) {
      // Status guard: of two downloads racing for one approval, only one gets it.
      int used =
          jdbc.sql(
                  "UPDATE export_approval SET status = 'USED', used_at = :at"
                      + " WHERE id = :id AND status = 'APPROVED'")
              .param("at", utc(clock.instant()))
              .param("id", id)
              .update();
      if (used == 1) {
        audit.record("USE_EXPORT_APPROVAL", RECORD_TYPE, id);
        return wanted;
      }
    }
    audit.denied(StudyExport.action(wanted), Studies.RECORD_TYPE, studyId);
    return StudyExport.Options.DEFAULT;
  }

  /** The study's requests, newest first, for its members. */
  @Transactional
  public List<Request> list(UUID studyId, SignedInUser reader) {
    studies.visible(studyId, reader, "LIST");
    audit.record("LIST", RECORD_TYPE, "study:" + studyId);
    return forStudy(studyId);
  }

  private List<Request> forStudy(UUID studyId) {
    return jdbc.sql(
            """
            SELECT e.id, e.requested_by, a.username, e.reason, e.include_identifiers,
              e.include_free_text, e.requested_at, e.status, d.username, e.expires_at
            FROM export_approval e JOIN account a ON a.id = e.requested_by
              LEFT JOIN account d ON d.id = e.decided_by
            WHERE e.study_id = :study ORDER BY e.requested_at DESC
            """)
        .param("study", studyId)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject(1, UUID.class);
              OffsetDateTime expires = rs.getObject(10, OffsetDateTime.class);
              String status = rs.getString(8);
              if (status.equals("APPROVED")
                  && expires != null
                  && !expires.toInstant().isAfter(clock.instant())) {
                status = "EXPIRED";
              }
              return new Request(
                  id,
                  rs.getObject(2, UUID.class),
                  rs.getString(3),
                  cipher.decryptInList(rs.getBytes(4), RECORD_TYPE, "reason", id),
                  rs.getBoolean(5),
                  rs.getBoolean(6),
                  rs.getObject(7, OffsetDateTime.class).toInstant(),
                  status,
                  rs.getString(9),
                  expires == null ? null : expires.toInstant());
            })
        .list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
