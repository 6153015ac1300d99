package org.securebase.app.coding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.attachment.Classification;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.CodingStatus;
import org.securebase.core.attachment.LossScore;
import org.securebase.core.attachment.Parent;
import org.securebase.core.attachment.ScaleScore;
import org.securebase.core.attachment.ScaleScores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Coding rows and their scale scores. Scores are stored as {@link ScaleScore#toString()} text and
 * read back with {@link ScaleScore#parse}; loss labels and correction reasons are ciphertext.
 */
@Repository
class CodingRepository {

  private static final String SELECT =
      "SELECT c.id, c.transcript_id, c.coder_id, a.username, a.display_name, c.kind,"
          + " c.coding_version, c.status, c.classification, c.correction_reason, c.consensus_of,"
          + " c.lock_version, c.created_at, c.finalized_at FROM coding c"
          + " JOIN account a ON a.id = c.coder_id";

  /** Only the newest version of each coder's coding of each kind. */
  private static final String LATEST =
      " c.coding_version = (SELECT MAX(c2.coding_version) FROM coding c2"
          + " WHERE c2.transcript_id = c.transcript_id AND c2.coder_id = c.coder_id"
          + " AND c2.kind = c.kind)";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  CodingRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** The newest individual coding of this coder on this transcript. */
  Optional<StoredCoding> currentIndividual(UUID transcriptId, UUID coderId) {
    return jdbc.sql(
            SELECT
                + " WHERE c.transcript_id = :t AND c.coder_id = :c AND c.kind = 'INDIVIDUAL' AND"
                + LATEST)
        .param("t", transcriptId)
        .param("c", coderId)
        .query(this::map)
        .optional()
        .map(this::complete);
  }

  /** The newest individual coding of every coder on this transcript, drafts included. */
  List<StoredCoding> currentIndividuals(UUID transcriptId) {
    return jdbc
        .sql(
            SELECT
                + " WHERE c.transcript_id = :t AND c.kind = 'INDIVIDUAL' AND"
                + LATEST
                + " ORDER BY a.username")
        .param("t", transcriptId)
        .query(this::map)
        .list()
        .stream()
        .map(this::complete)
        .toList();
  }

  /** The newest consensus coding of the transcript, whoever recorded it. */
  Optional<StoredCoding> currentConsensus(UUID transcriptId) {
    return jdbc.sql(
            SELECT
                + " WHERE c.transcript_id = :t AND c.kind = 'CONSENSUS'"
                + " ORDER BY c.coding_version DESC FETCH FIRST 1 ROWS ONLY")
        .param("t", transcriptId)
        .query(this::map)
        .optional()
        .map(this::complete);
  }

  /**
   * The coding that counts for a coder's report on a transcript: the consensus when there is one,
   * otherwise the coder's own final coding; nothing until the coder's own coding is final (so a
   * report never reveals a consensus, or anything, before the coder has finished).
   */
  Optional<StoredCoding> countedFor(UUID transcriptId, UUID coderId) {
    Optional<StoredCoding> mine =
        currentIndividual(transcriptId, coderId).filter(StoredCoding::isFinal);
    return mine.isPresent() ? currentConsensus(transcriptId).or(() -> mine) : Optional.empty();
  }

  /** One stored coding by its id, whatever its status. */
  Optional<StoredCoding> byId(UUID id) {
    return jdbc.sql(SELECT + " WHERE c.id = :id")
        .param("id", id)
        .query(this::map)
        .optional()
        .map(this::complete);
  }

  /** Every version of one coder's individual coding, newest first. */
  List<StoredCoding> history(UUID transcriptId, UUID coderId) {
    return jdbc
        .sql(
            SELECT
                + " WHERE c.transcript_id = :t AND c.coder_id = :c AND c.kind = 'INDIVIDUAL'"
                + " ORDER BY c.coding_version DESC")
        .param("t", transcriptId)
        .param("c", coderId)
        .query(this::map)
        .list()
        .stream()
        .map(this::complete)
        .toList();
  }

  void insert(
      UUID id,
      UUID transcriptId,
      UUID coderId,
      CodingKind kind,
      Coding coding,
      String consensusOf) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO coding (id, transcript_id, coder_id, kind, coding_version, status,
              classification, correction_reason, consensus_of, lock_version, created_at, updated_at,
              finalized_at)
            VALUES (:id, :t, :c, :kind, :v, :status, :cls, :reason, :of, 0, :now, :now, :fin)
            """)
        .param("id", id)
        .param("t", transcriptId)
        .param("c", coderId)
        .param("kind", kind.name())
        .param("v", coding.version())
        .param("status", coding.status().name())
        .param("cls", coding.classification().map(Classification::notation).orElse(null))
        .param(
            "reason",
            cipher.encrypt(
                coding.correctionReason().orElse(null), "coding", "correction_reason", id))
        .param("of", consensusOf)
        .param("now", now)
        .param("fin", coding.isFinal() ? now : null)
        .update();
    insertScores(id, coding.scores());
  }

  /**
   * Replaces a draft's content (and finalizes it when {@code coding} is final) if the stored row is
   * still a draft at {@code lockVersion}; false otherwise, nothing changed.
   */
  boolean updateDraft(UUID id, int lockVersion, Coding coding) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int n =
        jdbc.sql(
                """
                UPDATE coding SET status = :status, classification = :cls,
                  lock_version = lock_version + 1, updated_at = :now, finalized_at = :fin
                WHERE id = :id AND status = 'DRAFT' AND lock_version = :lock
                """)
            .param("status", coding.status().name())
            .param("cls", coding.classification().map(Classification::notation).orElse(null))
            .param("now", now)
            .param("fin", coding.isFinal() ? now : null)
            .param("id", id)
            .param("lock", lockVersion)
            .update();
    if (n != 1) {
      return false;
    }
    jdbc.sql("DELETE FROM coding_score WHERE coding_id = :id").param("id", id).update();
    insertScores(id, coding.scores());
    return true;
  }

  void saveEarned(UUID codingId, StoredEarned earned) {
    jdbc.sql(
            """
            INSERT INTO earned_security (coding_id, rule_id, rule_version, parameters, status,
              computed_at)
            VALUES (:id, :rule, :version, :params, :status, :now)
            """)
        .param("id", codingId)
        .param("rule", earned.ruleId())
        .param("version", earned.ruleVersion())
        .param("params", earned.parameters())
        .param("status", earned.status())
        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }

  private void insertScores(UUID codingId, ScaleScores scores) {
    int position = 0;
    for (Map.Entry<AaiScale, ScaleScore> e : scores.singleScores().entrySet()) {
      insertScore(codingId, position++, e.getKey(), null, null, e.getValue());
    }
    for (var e : scores.perParentScores().entrySet()) {
      for (var p : e.getValue().entrySet()) {
        insertScore(codingId, position++, e.getKey(), p.getKey().name(), null, p.getValue());
      }
    }
    for (LossScore loss : scores.losses()) {
      insertScore(codingId, position++, AaiScale.UNRESOLVED_LOSS, null, loss.label(), loss.score());
    }
  }

  private void insertScore(
      UUID codingId, int position, AaiScale scale, String parent, String lossLabel, ScaleScore s) {
    jdbc.sql(
            "INSERT INTO coding_score (coding_id, position, scale, parent, loss_label, score)"
                + " VALUES (:id, :pos, :scale, :parent, :label, :score)")
        .param("id", codingId)
        .param("pos", position)
        .param("scale", scale.name())
        .param("parent", parent)
        .param("label", cipher.encrypt(lossLabel, "coding_score", "loss_label", codingId))
        .param("score", s.toString())
        .update();
  }

  private ScaleScores scores(UUID codingId) {
    ScaleScores.Builder b = ScaleScores.builder();
    jdbc.sql(
            "SELECT scale, parent, loss_label, score FROM coding_score WHERE coding_id = :id"
                + " ORDER BY position")
        .param("id", codingId)
        .query(
            rs -> {
              AaiScale scale = AaiScale.valueOf(rs.getString("scale"));
              ScaleScore score = ScaleScore.parse(scale, rs.getString("score"));
              String parent = rs.getString("parent");
              byte[] label = rs.getBytes("loss_label");
              if (scale.perLoss()) {
                b.loss(
                    new LossScore(
                        cipher.decrypt(label, "coding_score", "loss_label", codingId), score));
              } else if (parent != null) {
                b.score(scale, Parent.of(parent), score);
              } else {
                b.score(scale, score);
              }
            });
    return b.build();
  }

  private Optional<StoredEarned> earned(UUID codingId) {
    return jdbc.sql(
            "SELECT status, rule_id, rule_version, parameters FROM earned_security"
                + " WHERE coding_id = :id ORDER BY computed_at FETCH FIRST 1 ROWS ONLY")
        .param("id", codingId)
        .query(
            (rs, n) ->
                new StoredEarned(
                    rs.getString("status"),
                    rs.getString("rule_id"),
                    rs.getString("rule_version"),
                    rs.getString("parameters")))
        .optional();
  }

  /** Rebuilds the core coding from the row and its scores, and attaches the earned result. */
  private StoredCoding complete(Raw raw) {
    Coding coding =
        Coding.of(
            raw.transcriptId.toString(),
            raw.username,
            scores(raw.id),
            raw.classification == null ? null : Classification.parse(raw.classification),
            raw.status,
            raw.version,
            raw.reason);
    return new StoredCoding(
        raw.id,
        raw.transcriptId,
        raw.coderId,
        raw.username,
        raw.displayName,
        raw.kind,
        coding,
        raw.consensusOf,
        raw.lockVersion,
        raw.createdAt,
        raw.finalizedAt,
        earned(raw.id).orElse(null));
  }

  private record Raw(
      UUID id,
      UUID transcriptId,
      UUID coderId,
      String username,
      String displayName,
      CodingKind kind,
      int version,
      CodingStatus status,
      String classification,
      String reason,
      String consensusOf,
      int lockVersion,
      OffsetDateTime createdAt,
      OffsetDateTime finalizedAt) {}

  private Raw map(ResultSet rs, int rowNum) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new Raw(
        id,
        rs.getObject("transcript_id", UUID.class),
        rs.getObject("coder_id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        CodingKind.valueOf(rs.getString("kind")),
        rs.getInt("coding_version"),
        CodingStatus.valueOf(rs.getString("status")),
        rs.getString("classification"),
        cipher.decryptInList(rs.getBytes("correction_reason"), "coding", "correction_reason", id),
        rs.getString("consensus_of"),
        rs.getInt("lock_version"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("finalized_at", OffsetDateTime.class));
  }
}
