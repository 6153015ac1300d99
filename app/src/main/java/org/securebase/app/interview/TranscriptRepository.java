package org.securebase.app.interview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.core.transcript.Speaker;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.Turn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Transcript rows. The text is encrypted on the way in and decrypted on the way out; the turns are
 * stored as plain offsets and question numbers, which say nothing without the text.
 */
@Repository
class TranscriptRepository {

  static final String TABLE = "transcript";
  static final String BODY = "body";

  private static final String SELECT =
      "SELECT t.id, t.participant_code, t.client_id, c.display_name AS client_name,"
          + " c.clinician_id, t.imported_by, a.display_name AS importer_name, t.source_format,"
          + " t.turn_count, t.word_count, t.created_at FROM transcript t"
          + " JOIN account a ON a.id = t.imported_by LEFT JOIN client c ON c.id = t.client_id";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  TranscriptRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** A row with the clinician of its client, for the access rule. */
  record Row(InterviewTranscript transcript, UUID clinicianId) {}

  Optional<Row> findById(UUID id) {
    return jdbc.sql(SELECT + " WHERE t.id = :id")
        .param("id", id)
        .query(this::map)
        .optional()
        .map(r -> new Row(withCoders(r.transcript()), r.clinicianId()));
  }

  /** Transcripts of the clinician's own clients, and those the clinician imported. */
  List<InterviewTranscript> findForClinician(UUID clinicianId) {
    return jdbc
        .sql(
            SELECT
                + " WHERE c.clinician_id = :me OR t.imported_by = :me ORDER BY t.created_at DESC")
        .param("me", clinicianId)
        .query(this::map)
        .list()
        .stream()
        .map(r -> withCoders(r.transcript()))
        .toList();
  }

  /** Transcripts the coder is assigned to. */
  List<InterviewTranscript> findForCoder(UUID coderId) {
    return jdbc
        .sql(
            SELECT
                + " WHERE t.id IN (SELECT tc.transcript_id FROM transcript_coder tc"
                + " WHERE tc.coder_id = :me) ORDER BY t.created_at DESC")
        .param("me", coderId)
        .query(this::map)
        .list()
        .stream()
        .map(r -> withCoders(r.transcript()))
        .toList();
  }

  Transcript content(UUID id) {
    byte[] body =
        jdbc.sql("SELECT body FROM transcript WHERE id = :id")
            .param("id", id)
            .query(byte[].class)
            .single();
    String text = cipher.decrypt(body, TABLE, BODY, id);
    List<Turn> turns =
        jdbc.sql(
                "SELECT turn_index, speaker, start_offset, end_offset, question FROM transcript_turn"
                    + " WHERE transcript_id = :id ORDER BY turn_index")
            .param("id", id)
            .query(
                (rs, n) ->
                    new Turn(
                        rs.getInt("turn_index"),
                        Speaker.valueOf(rs.getString("speaker")),
                        rs.getInt("start_offset"),
                        rs.getInt("end_offset"),
                        rs.getObject("question", Integer.class)))
            .list();
    return new Transcript(text, turns);
  }

  void insert(
      UUID id,
      String participantCode,
      UUID clientId,
      UUID importedBy,
      String format,
      Transcript transcript,
      int wordCount) {
    jdbc.sql(
            """
            INSERT INTO transcript (id, participant_code, client_id, imported_by, source_format,
              body, turn_count, word_count, created_at)
            VALUES (:id, :code, :client, :by, :format, :body, :turns, :words, :now)
            """)
        .param("id", id)
        .param("code", participantCode)
        .param("client", clientId)
        .param("by", importedBy)
        .param("format", format)
        .param("body", cipher.encrypt(transcript.text(), TABLE, BODY, id))
        .param("turns", transcript.turns().size())
        .param("words", wordCount)
        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    for (Turn turn : transcript.turns()) {
      jdbc.sql(
              """
              INSERT INTO transcript_turn (transcript_id, turn_index, speaker, start_offset,
                end_offset, question)
              VALUES (:id, :index, :speaker, :start, :end, :question)
              """)
          .param("id", id)
          .param("index", turn.index())
          .param("speaker", turn.speaker().name())
          .param("start", turn.start())
          .param("end", turn.end())
          .param("question", turn.question())
          .update();
    }
  }

  /** Adds the assignment; false when the coder was already assigned. */
  boolean assign(UUID transcriptId, UUID coderId, UUID assignedBy) {
    Integer existing =
        jdbc.sql("SELECT COUNT(*) FROM transcript_coder WHERE transcript_id = :t AND coder_id = :c")
            .param("t", transcriptId)
            .param("c", coderId)
            .query(Integer.class)
            .single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql(
            "INSERT INTO transcript_coder (transcript_id, coder_id, assigned_by, assigned_at)"
                + " VALUES (:t, :c, :by, :now)")
        .param("t", transcriptId)
        .param("c", coderId)
        .param("by", assignedBy)
        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    return true;
  }

  List<AssignedCoder> codersOf(UUID transcriptId) {
    return jdbc.sql(
            "SELECT a.id, a.username, a.display_name FROM transcript_coder tc"
                + " JOIN account a ON a.id = tc.coder_id WHERE tc.transcript_id = :t"
                + " ORDER BY a.username")
        .param("t", transcriptId)
        .query(
            (rs, n) ->
                new AssignedCoder(
                    rs.getObject("id", UUID.class),
                    rs.getString("username"),
                    rs.getString("display_name")))
        .list();
  }

  List<UUID> idsOfParticipant(String participantCode) {
    return jdbc.sql(
            "SELECT id FROM transcript WHERE participant_code = :code ORDER BY created_at, id")
        .param("code", participantCode)
        .query(UUID.class)
        .list();
  }

  private InterviewTranscript withCoders(InterviewTranscript t) {
    return new InterviewTranscript(
        t.id(),
        t.participantCode(),
        t.clientId(),
        t.clientName(),
        t.importedBy(),
        t.importedByName(),
        t.sourceFormat(),
        t.turnCount(),
        t.wordCount(),
        t.createdAt(),
        new ArrayList<>(codersOf(t.id())),
        null);
  }

  private Row map(ResultSet rs, int rowNum) throws SQLException {
    InterviewTranscript t =
        new InterviewTranscript(
            rs.getObject("id", UUID.class),
            rs.getString("participant_code"),
            rs.getObject("client_id", UUID.class),
            rs.getString("client_name"),
            rs.getObject("imported_by", UUID.class),
            rs.getString("importer_name"),
            rs.getString("source_format"),
            rs.getInt("turn_count"),
            rs.getInt("word_count"),
            rs.getObject("created_at", OffsetDateTime.class),
            List.of(),
            null);
    return new Row(t, rs.getObject("clinician_id", UUID.class));
  }
}
