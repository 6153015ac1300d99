package org.securebase.app.study;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.securebase.app.crypto.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The data collected per participant and wave: AAI coding summaries, questionnaire scores and
 * dictionary values. Every write is an upsert on the row's natural key and reports whether it
 * changed anything, so re-importing a file is a no-op.
 */
@Repository
class StudyDataRepository {

  /** Rows fetched per round trip when streaming an export. */
  static final int FETCH_SIZE = 1000;

  enum Change {
    INSERTED,
    UPDATED,
    UNCHANGED
  }

  record InfantRow(
      UUID participantId, UUID waveId, String caregiver, String category, double age) {}

  record AaiRow(
      UUID participantId, UUID waveId, String classification, String coder, String scores) {}

  /** A workbench coding as a study keeps it: its result, coder and rule, and where it came from. */
  record WorkbenchAai(
      UUID codingId,
      String kind,
      String classification,
      String coder,
      String scores,
      String ruleId,
      String ruleVersion,
      String ruleParameters,
      String earnedStatus) {}

  record QuestionnaireRow(
      UUID participantId,
      UUID waveId,
      String instrument,
      String version,
      String subscale,
      double score) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;
  private final FieldCipher cipher;

  StudyDataRepository(JdbcClient jdbc, DataSource dataSource, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.streaming = new JdbcTemplate(dataSource);
    // With a fetch size (and, on PostgreSQL, inside a transaction) the driver streams rows
    // instead of loading the whole result.
    this.streaming.setFetchSize(FETCH_SIZE);
  }

  Change upsertAai(AaiRow r) {
    Optional<AaiRow> old =
        jdbc.sql(
                "SELECT classification, coder, scores FROM study_aai WHERE participant_id = :p"
                    + " AND wave_id = :w")
            .param("p", r.participantId())
            .param("w", r.waveId())
            .query(
                (rs, n) ->
                    new AaiRow(
                        r.participantId(),
                        r.waveId(),
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3)))
            .optional();
    if (old.isPresent()) {
      if (old.get().equals(r)) {
        return Change.UNCHANGED;
      }
      // An imported row replaces whatever was there, a workbench coding included.
      jdbc.sql(
              "UPDATE study_aai SET classification = :cl, coder = :coder, scores = :scores,"
                  + " source = 'IMPORT', coding_id = NULL, coding_kind = NULL, rule_id = NULL,"
                  + " rule_version = NULL, rule_parameters = NULL, earned_status = NULL"
                  + " WHERE participant_id = :p AND wave_id = :w")
          .param("p", r.participantId())
          .param("w", r.waveId())
          .param("cl", r.classification())
          .param("coder", r.coder())
          .param("scores", r.scores())
          .update();
      return Change.UPDATED;
    }
    jdbc.sql(
            "INSERT INTO study_aai (id, participant_id, wave_id, classification, coder, scores,"
                + " source, coding_id) VALUES (:id, :p, :w, :cl, :coder, :scores, 'IMPORT', NULL)")
        .param("id", UUID.randomUUID())
        .param("p", r.participantId())
        .param("w", r.waveId())
        .param("cl", r.classification())
        .param("coder", r.coder())
        .param("scores", r.scores())
        .update();
    return Change.INSERTED;
  }

  /**
   * Puts a workbench coding in the participant's wave, replacing what was there (an imported
   * summary or another workbench coding).
   */
  void putWorkbench(UUID participantId, UUID waveId, WorkbenchAai a) {
    jdbc.sql("DELETE FROM study_aai WHERE participant_id = :p AND wave_id = :w")
        .param("p", participantId)
        .param("w", waveId)
        .update();
    jdbc.sql(
            "INSERT INTO study_aai (id, participant_id, wave_id, classification, coder, scores,"
                + " source, coding_id, coding_kind, rule_id, rule_version, rule_parameters,"
                + " earned_status) VALUES (:id, :p, :w, :cl, :coder, :scores, 'WORKBENCH', :c,"
                + " :kind, :rule, :rv, :params, :status)")
        .param("id", UUID.randomUUID())
        .param("p", participantId)
        .param("w", waveId)
        .param("cl", a.classification())
        .param("coder", a.coder())
        .param("scores", a.scores())
        .param("c", a.codingId())
        .param("kind", a.kind())
        .param("rule", a.ruleId())
        .param("rv", a.ruleVersion())
        .param("params", a.ruleParameters())
        .param("status", a.earnedStatus())
        .update();
  }

  Change upsertQuestionnaire(QuestionnaireRow r) {
    Optional<Double> old =
        jdbc.sql(
                "SELECT score FROM study_questionnaire WHERE participant_id = :p AND wave_id = :w"
                    + " AND instrument = :i AND instrument_version = :v AND subscale = :s")
            .param("p", r.participantId())
            .param("w", r.waveId())
            .param("i", r.instrument())
            .param("v", r.version())
            .param("s", r.subscale())
            .query(Double.class)
            .optional();
    if (old.isPresent()) {
      if (old.get() == r.score()) {
        return Change.UNCHANGED;
      }
      jdbc.sql(
              "UPDATE study_questionnaire SET score = :score WHERE participant_id = :p AND"
                  + " wave_id = :w AND instrument = :i AND instrument_version = :v AND subscale ="
                  + " :s")
          .param("p", r.participantId())
          .param("w", r.waveId())
          .param("i", r.instrument())
          .param("v", r.version())
          .param("s", r.subscale())
          .param("score", r.score())
          .update();
      return Change.UPDATED;
    }
    jdbc.sql(
            "INSERT INTO study_questionnaire (id, participant_id, wave_id, instrument,"
                + " instrument_version, subscale, score) VALUES (:id, :p, :w, :i, :v, :s, :score)")
        .param("id", UUID.randomUUID())
        .param("p", r.participantId())
        .param("w", r.waveId())
        .param("i", r.instrument())
        .param("v", r.version())
        .param("s", r.subscale())
        .param("score", r.score())
        .update();
    return Change.INSERTED;
  }

  /** Stores one value; identifier and free-text values only as ciphertext bound to the row. */
  Change upsertValue(UUID participantId, UUID waveId, StudyVariable variable, String value) {
    record Old(UUID id, String text, byte[] cipher) {}
    Optional<Old> old =
        jdbc.sql(
                "SELECT id, value_text, value_cipher FROM study_value WHERE participant_id = :p"
                    + " AND wave_id = :w AND variable_id = :v")
            .param("p", participantId)
            .param("w", waveId)
            .param("v", variable.id())
            .query((rs, n) -> new Old(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)))
            .optional();
    UUID id = old.map(Old::id).orElseGet(UUID::randomUUID);
    if (old.isPresent()) {
      String current =
          old.get().cipher() != null
              ? cipher.decrypt(old.get().cipher(), "study_value", "value_cipher", id)
              : old.get().text();
      boolean sameStorage = (old.get().cipher() != null) == variable.sensitive();
      if (sameStorage && Objects.equals(current, value)) {
        return Change.UNCHANGED;
      }
    }
    String text = variable.sensitive() ? null : value;
    byte[] sealed =
        variable.sensitive() ? cipher.encrypt(value, "study_value", "value_cipher", id) : null;
    if (old.isPresent()) {
      jdbc.sql("UPDATE study_value SET value_text = :t, value_cipher = :c WHERE id = :id")
          .param("id", id)
          .param("t", text)
          .param("c", sealed)
          .update();
      return Change.UPDATED;
    }
    jdbc.sql(
            "INSERT INTO study_value (id, participant_id, wave_id, variable_id, value_text,"
                + " value_cipher) VALUES (:id, :p, :w, :v, :t, :c)")
        .param("id", id)
        .param("p", participantId)
        .param("w", waveId)
        .param("v", variable.id())
        .param("t", text)
        .param("c", sealed)
        .update();
    return Change.INSERTED;
  }

  // ---- reads for the report and the export (streamed, never held whole)

  /**
   * AAI rows: participant code, wave name, classification, coder, scores, source, coding id, then
   * (for a workbench coding) its kind, rule id, rule version, rule parameters and earned status.
   */
  void aai(UUID studyId, RowCallbackHandler handler) {
    streaming.query(
        "SELECT p.code, w.name, a.classification, a.coder, a.scores, a.source, a.coding_id,"
            + " a.coding_kind, a.rule_id, a.rule_version, a.rule_parameters, a.earned_status"
            + " FROM study_aai a JOIN study_participant p ON p.id = a.participant_id"
            + " JOIN study_wave w ON w.id = a.wave_id WHERE p.study_id = ? ORDER BY p.code, w.name",
        handler,
        studyId);
  }

  /** Questionnaire rows: participant code, wave, instrument, version, subscale, score. */
  void questionnaires(UUID studyId, RowCallbackHandler handler) {
    streaming.query(
        "SELECT p.code, w.name, q.instrument, q.instrument_version, q.subscale, q.score"
            + " FROM study_questionnaire q JOIN study_participant p ON p.id = q.participant_id"
            + " JOIN study_wave w ON w.id = q.wave_id WHERE p.study_id = ?"
            + " ORDER BY p.code, w.name, q.instrument, q.instrument_version, q.subscale",
        handler,
        studyId);
  }

  /** Participants: code, enrolment date. */
  void participants(UUID studyId, RowCallbackHandler handler) {
    streaming.query(
        "SELECT code, enrolled_on FROM study_participant WHERE study_id = ? ORDER BY code",
        handler,
        studyId);
  }

  /**
   * Values in participant and wave order: participant code, wave name, variable id, value id, plain
   * value, ciphertext.
   */
  void values(UUID studyId, RowCallbackHandler handler) {
    streaming.query(
        "SELECT p.code, w.name, v.variable_id, v.id, v.value_text, v.value_cipher"
            + " FROM study_value v JOIN study_participant p ON p.id = v.participant_id"
            + " JOIN study_wave w ON w.id = v.wave_id WHERE p.study_id = ? ORDER BY p.code, w.name",
        handler,
        studyId);
  }

  /** Decrypts a sensitive value read by {@link #values}. */
  String open(byte[] sealed, UUID valueId) {
    return cipher.decrypt(sealed, "study_value", "value_cipher", valueId);
  }

  /** The row counts, with the infant count from the infant records (kept by the workbench). */
  StudyCounts counts(UUID studyId, int infant) {
    return new StudyCounts(
        infant,
        count("study_aai", studyId),
        count("study_questionnaire", studyId),
        count("study_value", studyId));
  }

  private int count(String table, UUID studyId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM "
                + table
                + " t JOIN study_participant p ON p.id = t.participant_id WHERE p.study_id = :s")
        .param("s", studyId)
        .query(Integer.class)
        .single();
  }

  /** The questionnaire instruments with scores in a study. */
  List<String> instruments(UUID studyId) {
    return jdbc.sql(
            "SELECT DISTINCT q.instrument FROM study_questionnaire q JOIN study_participant p ON"
                + " p.id = q.participant_id WHERE p.study_id = :s ORDER BY q.instrument")
        .param("s", studyId)
        .query(String.class)
        .list();
  }

  List<String> coders(UUID studyId) {
    return jdbc.sql(
            "SELECT DISTINCT a.coder FROM study_aai a JOIN study_participant p ON p.id ="
                + " a.participant_id WHERE p.study_id = :s ORDER BY a.coder")
        .param("s", studyId)
        .query(String.class)
        .list();
  }
}
