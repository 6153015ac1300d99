package org.securebase.app.interview;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.securebase.core.attachment.InfantCategory;
import org.securebase.core.attachment.InfantClassification;
import org.securebase.core.attachment.Parent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one table of infant Strange Situation classifications, and the links between workbench
 * interviews and the study participants they are of. A study's rows are found by its participants
 * (the study's participant and wave tables give their codes and names).
 */
@Repository
class InfantRepository {

  private static final String BY_TRANSCRIPT =
      "SELECT category, caregiver, age_months FROM infant_classification WHERE transcript_id = :t"
          + " OR participant_id IN (SELECT participant_id FROM infant_person_link"
          + " WHERE transcript_id = :t) ORDER BY created_at, id";

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;

  InfantRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(1000);
  }

  void insertForTranscript(
      UUID transcriptId, InfantClassification c, UUID enteredBy, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO infant_classification (id, transcript_id, category, caregiver, age_months,
              entered_by, created_at)
            VALUES (:id, :t, :category, :caregiver, :age, :by, :now)
            """)
        .param("id", UUID.randomUUID())
        .param("t", transcriptId)
        .param("category", c.category().name())
        .param("caregiver", c.caregiver().name())
        .param("age", c.ageMonths())
        .param("by", enteredBy)
        .param("now", now)
        .update();
  }

  /** The interview's rows and those of the study participants it is linked to. */
  List<InfantClassification> ofTranscript(UUID transcriptId) {
    return jdbc.sql(BY_TRANSCRIPT)
        .param("t", transcriptId)
        .query(
            (rs, n) ->
                new InfantClassification(
                    InfantCategory.valueOf(rs.getString("category")),
                    Parent.of(rs.getString("caregiver")),
                    rs.getDouble("age_months")))
        .list();
  }

  /** The stored category and age of a participant's wave and caregiver. */
  Optional<Object[]> ofParticipant(UUID participantId, UUID waveId, String caregiver) {
    return jdbc.sql(
            "SELECT category, age_months FROM infant_classification WHERE participant_id = :p"
                + " AND wave_id = :w AND caregiver = :c")
        .param("p", participantId)
        .param("w", waveId)
        .param("c", caregiver)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getDouble(2)})
        .optional();
  }

  void updateParticipant(
      UUID participantId, UUID waveId, String caregiver, String category, double age) {
    jdbc.sql(
            "UPDATE infant_classification SET category = :cat, age_months = :age"
                + " WHERE participant_id = :p AND wave_id = :w AND caregiver = :c")
        .param("p", participantId)
        .param("w", waveId)
        .param("c", caregiver)
        .param("cat", category)
        .param("age", age)
        .update();
  }

  void insertParticipant(
      UUID participantId,
      UUID waveId,
      String caregiver,
      String category,
      double age,
      OffsetDateTime now) {
    jdbc.sql(
            "INSERT INTO infant_classification (id, participant_id, wave_id, caregiver, category,"
                + " age_months, created_at) VALUES (:id, :p, :w, :c, :cat, :age, :now)")
        .param("id", UUID.randomUUID())
        .param("p", participantId)
        .param("w", waveId)
        .param("c", caregiver)
        .param("cat", category)
        .param("age", age)
        .param("now", now)
        .update();
  }

  /**
   * A study's rows, streamed: participant code, wave name (null for a row entered in the workbench
   * on a linked interview), caregiver, category, age in months.
   */
  void ofStudy(UUID studyId, RowCallbackHandler handler) {
    streaming.query(
        "SELECT p.code, w.name, i.caregiver, i.category, i.age_months FROM infant_classification i"
            + " JOIN study_participant p ON p.id = i.participant_id"
            + " JOIN study_wave w ON w.id = i.wave_id WHERE p.study_id = ?"
            + " UNION ALL"
            + " SELECT p.code, NULL, i.caregiver, i.category, i.age_months"
            + " FROM infant_classification i JOIN infant_person_link l"
            + " ON l.transcript_id = i.transcript_id"
            + " JOIN study_participant p ON p.id = l.participant_id WHERE p.study_id = ?"
            + " ORDER BY 1, 2, 3",
        handler,
        studyId,
        studyId);
  }

  int countOfStudy(UUID studyId) {
    int[] n = {0};
    ofStudy(studyId, rs -> n[0]++);
    return n[0];
  }

  /** Ties an interview to the study participant it is of; true when the tie is new. */
  boolean link(UUID transcriptId, UUID participantId, OffsetDateTime now) {
    int exists =
        jdbc.sql(
                "SELECT COUNT(*) FROM infant_person_link WHERE transcript_id = :t"
                    + " AND participant_id = :p")
            .param("t", transcriptId)
            .param("p", participantId)
            .query(Integer.class)
            .single();
    if (exists > 0) {
      return false;
    }
    jdbc.sql(
            "INSERT INTO infant_person_link (transcript_id, participant_id, linked_at)"
                + " VALUES (:t, :p, :now)")
        .param("t", transcriptId)
        .param("p", participantId)
        .param("now", now)
        .update();
    return true;
  }
}
