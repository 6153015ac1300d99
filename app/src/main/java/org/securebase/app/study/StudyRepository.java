package org.securebase.app.study;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Study shells, their researchers, waves, dictionary and participants. */
@Repository
class StudyRepository {

  private static final String SELECT_STUDY = "SELECT id, code, title, created_at FROM study";

  private final JdbcClient jdbc;

  StudyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Study> findById(UUID id) {
    return jdbc.sql(SELECT_STUDY + " WHERE id = :id").param("id", id).query(this::study).optional();
  }

  Optional<Study> findByCode(String code) {
    return jdbc.sql(SELECT_STUDY + " WHERE code = :code")
        .param("code", code)
        .query(this::study)
        .optional();
  }

  List<Study> findAll() {
    return jdbc.sql(SELECT_STUDY + " ORDER BY code").query(this::study).list();
  }

  List<Study> findByResearcher(UUID accountId) {
    return jdbc.sql(
            SELECT_STUDY
                + " WHERE id IN (SELECT study_id FROM study_researcher WHERE account_id = :a"
                + " AND accepted_at IS NOT NULL)"
                + " ORDER BY code")
        .param("a", accountId)
        .query(this::study)
        .list();
  }

  boolean isAssigned(UUID studyId, UUID accountId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM study_researcher WHERE study_id = :s AND account_id = :a"
                    + " AND accepted_at IS NOT NULL")
            .param("s", studyId)
            .param("a", accountId)
            .query(Integer.class)
            .single()
        > 0;
  }

  void insert(Study study, UUID lead, String createdBy) {
    jdbc.sql(
            "INSERT INTO study (id, code, title, created_by, created_at, lead_account_id)"
                + " VALUES (:id, :code, :title, :by, :at, :lead)")
        .param("id", study.id())
        .param("lead", lead)
        .param("code", study.code())
        .param("title", study.title())
        .param("by", createdBy)
        .param("at", study.createdAt())
        .update();
  }

  List<StudyResearcher> researchers(UUID studyId) {
    return jdbc.sql(
            "SELECT a.id, a.username, a.display_name, r.accepted_at IS NOT NULL,"
                + " s.lead_account_id = a.id FROM study_researcher r"
                + " JOIN account a ON a.id = r.account_id JOIN study s ON s.id = r.study_id"
                + " WHERE r.study_id = :s ORDER BY a.username")
        .param("s", studyId)
        .query(
            (rs, n) ->
                new StudyResearcher(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getBoolean(5)))
        .list();
  }

  /** The lead researcher's account id, or empty for a study created before leads existed. */
  Optional<UUID> lead(UUID studyId) {
    return jdbc.sql(
            "SELECT lead_account_id FROM study WHERE id = :s AND lead_account_id IS NOT NULL")
        .param("s", studyId)
        .query(UUID.class)
        .optional();
  }

  /**
   * Proposes a researcher for a study; {@code acceptedBy} non-null marks the proposal accepted at
   * once (only for the lead, whom the administrator names when creating the shell).
   */
  void assign(UUID studyId, UUID accountId, String by, String acceptedBy) {
    if (isProposed(studyId, accountId)) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "INSERT INTO study_researcher (study_id, account_id, assigned_by, assigned_at,"
                + " accepted_by, accepted_at) VALUES (:s, :a, :by, :at, :acceptedBy, :acceptedAt)")
        .param("s", studyId)
        .param("a", accountId)
        .param("by", by)
        .param("at", now)
        .param("acceptedBy", acceptedBy)
        .param("acceptedAt", acceptedBy == null ? null : now)
        .update();
  }

  boolean isProposed(UUID studyId, UUID accountId) {
    return jdbc.sql("SELECT COUNT(*) FROM study_researcher WHERE study_id = :s AND account_id = :a")
            .param("s", studyId)
            .param("a", accountId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Accepts a pending proposal; false when there is none. */
  boolean accept(UUID studyId, UUID accountId, String by) {
    return jdbc.sql(
                "UPDATE study_researcher SET accepted_by = :by, accepted_at = :at"
                    + " WHERE study_id = :s AND account_id = :a AND accepted_at IS NULL")
            .param("by", by)
            .param("at", OffsetDateTime.now(ZoneOffset.UTC))
            .param("s", studyId)
            .param("a", accountId)
            .update()
        > 0;
  }

  boolean unassign(UUID studyId, UUID accountId) {
    return jdbc.sql("DELETE FROM study_researcher WHERE study_id = :s AND account_id = :a")
            .param("s", studyId)
            .param("a", accountId)
            .update()
        > 0;
  }

  // ---- waves

  List<StudyWave> waves(UUID studyId) {
    return jdbc
        .sql(
            "SELECT id, name, label, target_age_months, day_offset FROM study_wave"
                + " WHERE study_id = :s")
        .param("s", studyId)
        .query(
            (rs, n) ->
                new StudyWave(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, Double.class),
                    rs.getObject(5, Integer.class)))
        .list()
        .stream()
        .sorted(StudyWave.IN_TIME_ORDER)
        .toList();
  }

  void insertWave(UUID studyId, StudyWave w) {
    jdbc.sql(
            "INSERT INTO study_wave (id, study_id, name, label, target_age_months, day_offset)"
                + " VALUES (:id, :s, :name, :label, :age, :days)")
        .param("id", w.id())
        .param("s", studyId)
        .param("name", w.name())
        .param("label", w.label())
        .param("age", w.targetAgeMonths())
        .param("days", w.dayOffset())
        .update();
  }

  void updateWave(StudyWave w) {
    jdbc.sql(
            "UPDATE study_wave SET label = :label, target_age_months = :age, day_offset = :days"
                + " WHERE id = :id")
        .param("id", w.id())
        .param("label", w.label())
        .param("age", w.targetAgeMonths())
        .param("days", w.dayOffset())
        .update();
  }

  // ---- dictionary

  List<StudyVariable> variables(UUID studyId) {
    return jdbc.sql(
            "SELECT id, name, label, value_type, allowed_values, units, identifier, free_text,"
                + " position FROM study_variable WHERE study_id = :s ORDER BY position, name")
        .param("s", studyId)
        .query(
            (rs, n) ->
                new StudyVariable(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    VariableType.valueOf(rs.getString(4)),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBoolean(7),
                    rs.getBoolean(8),
                    rs.getInt(9)))
        .list();
  }

  void insertVariable(UUID studyId, StudyVariable v) {
    jdbc.sql(
            "INSERT INTO study_variable (id, study_id, name, label, value_type, allowed_values,"
                + " units, identifier, free_text, position) VALUES (:id, :s, :name, :label, :type,"
                + " :allowed, :units, :ident, :free, :pos)")
        .params(variableParams(v))
        .param("s", studyId)
        .update();
  }

  void updateVariable(StudyVariable v) {
    jdbc.sql(
            "UPDATE study_variable SET label = :label, value_type = :type, allowed_values ="
                + " :allowed, units = :units, identifier = :ident, free_text = :free, position ="
                + " :pos WHERE id = :id")
        .params(variableParams(v))
        .update();
  }

  /** A variable's columns as named parameters (the name is unused by an update). */
  private static Map<String, Object> variableParams(StudyVariable v) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", v.id());
    m.put("name", v.name());
    m.put("label", v.label());
    m.put("type", v.type().name());
    m.put("allowed", v.allowedValues());
    m.put("units", v.units());
    m.put("ident", v.identifier());
    m.put("free", v.freeText());
    m.put("pos", v.position());
    return m;
  }

  int valueCount(UUID variableId) {
    return jdbc.sql("SELECT COUNT(*) FROM study_value WHERE variable_id = :v")
        .param("v", variableId)
        .query(Integer.class)
        .single();
  }

  // ---- participants

  List<Participant> participants(UUID studyId) {
    return jdbc.sql(
            "SELECT id, code, enrolled_on FROM study_participant WHERE study_id = :s ORDER BY code")
        .param("s", studyId)
        .query(this::participant)
        .list();
  }

  /** The first participants by study id, for a page that shows a few. */
  List<Participant> firstParticipants(UUID studyId, int limit) {
    return jdbc.sql(
            "SELECT id, code, enrolled_on FROM study_participant WHERE study_id = :s ORDER BY code"
                + " FETCH FIRST :n ROWS ONLY")
        .param("s", studyId)
        .param("n", limit)
        .query(this::participant)
        .list();
  }

  int participantCount(UUID studyId) {
    return jdbc.sql("SELECT COUNT(*) FROM study_participant WHERE study_id = :s")
        .param("s", studyId)
        .query(Integer.class)
        .single();
  }

  void insertParticipant(UUID studyId, Participant p) {
    jdbc.sql(
            "INSERT INTO study_participant (id, study_id, code, enrolled_on)"
                + " VALUES (:id, :s, :code, :enrolled)")
        .param("id", p.id())
        .param("s", studyId)
        .param("code", p.code())
        .param("enrolled", p.enrolledOn())
        .update();
  }

  void updateParticipant(Participant p) {
    jdbc.sql("UPDATE study_participant SET enrolled_on = :enrolled WHERE id = :id")
        .param("id", p.id())
        .param("enrolled", p.enrolledOn())
        .update();
  }

  private Participant participant(ResultSet rs, int n) throws SQLException {
    return new Participant(
        rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class));
  }

  private Study study(ResultSet rs, int n) throws SQLException {
    return new Study(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, OffsetDateTime.class));
  }
}
