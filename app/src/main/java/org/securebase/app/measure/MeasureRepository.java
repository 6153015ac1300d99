package org.securebase.app.measure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.core.measure.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of the measures tables. Answers and event notes are encrypted on the way in and decrypted on
 * the way out; scores are plain numbers.
 */
@Repository
class MeasureRepository {

  private final Clock clock;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<String>> ORDER = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, Integer>> ANSWERS =
      new TypeReference<>() {};

  private static final String ASSIGNMENT_COLUMNS =
      "id, client_id, clinician_id, instrument_id, instrument_version, schedule, interval_days,"
          + " start_date, expiry_days, active, version, hours_before";
  private static final String ADMIN_COLUMNS =
      "id, client_id, assignment_id, instrument_id, instrument_version, item_order, answers,"
          + " answered_count, due_date, expires_on, status, completed_on, source, version";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  MeasureRepository(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  // ---- assignments

  void insertAssignment(Assignment a) {
    jdbc.sql(
            "INSERT INTO measure_assignment ("
                + ASSIGNMENT_COLUMNS
                + ", created_at, updated_at) VALUES (:id, :client, :clinician, :instrument,"
                + " :iversion, :schedule, :interval, :start, :expiry, :active, 0, :hours, :now, :now)")
        .param("id", a.id())
        .param("client", a.clientId())
        .param("clinician", a.clinicianId())
        .param("instrument", a.instrumentId())
        .param("iversion", a.instrumentVersion())
        .param("schedule", a.schedule().name())
        .param("interval", a.intervalDays())
        .param("start", a.startDate())
        .param("expiry", a.expiryDays())
        .param("active", a.active())
        .param("hours", a.hoursBefore())
        .param("now", now())
        .update();
  }

  Optional<Assignment> findAssignment(UUID id) {
    return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + " FROM measure_assignment WHERE id = :id")
        .param("id", id)
        .query(MeasureRepository::mapAssignment)
        .optional();
  }

  /** Every assignment still running, for the job that creates due occurrences. */
  List<Assignment> activeAssignments() {
    return jdbc.sql(
            "SELECT "
                + ASSIGNMENT_COLUMNS
                + " FROM measure_assignment WHERE active = TRUE ORDER BY client_id, start_date")
        .query(MeasureRepository::mapAssignment)
        .list();
  }

  List<Assignment> assignmentsOf(UUID clientId) {
    return jdbc.sql(
            "SELECT "
                + ASSIGNMENT_COLUMNS
                + " FROM measure_assignment WHERE client_id = :c ORDER BY start_date, instrument_id")
        .param("c", clientId)
        .query(MeasureRepository::mapAssignment)
        .list();
  }

  boolean stopAssignment(UUID id, int version) {
    return jdbc.sql(
                "UPDATE measure_assignment SET active = FALSE, version = version + 1,"
                    + " updated_at = :now WHERE id = :id AND version = :v")
            .param("id", id)
            .param("v", version)
            .param("now", now())
            .update()
        == 1;
  }

  private static Assignment mapAssignment(ResultSet rs, int n) throws SQLException {
    return new Assignment(
        rs.getObject("id", UUID.class),
        rs.getObject("client_id", UUID.class),
        rs.getObject("clinician_id", UUID.class),
        rs.getString("instrument_id"),
        rs.getString("instrument_version"),
        Schedule.valueOf(rs.getString("schedule")),
        rs.getInt("interval_days"),
        rs.getObject("start_date", LocalDate.class),
        rs.getInt("expiry_days"),
        rs.getBoolean("active"),
        rs.getInt("version"),
        rs.getInt("hours_before"));
  }

  // ---- administrations

  void insertAdministration(Administration a, UUID enteredBy) {
    jdbc.sql(
            "INSERT INTO measure_administration ("
                + ADMIN_COLUMNS
                + ", entered_by, created_at, updated_at) VALUES (:id, :client, :assignment,"
                + " :instrument, :iversion, :order, :answers, :count, :due, :expires, :status,"
                + " :completed, :source, 0, :by, :now, :now)")
        .param("id", a.id())
        .param("client", a.clientId())
        .param("assignment", a.assignmentId())
        .param("instrument", a.instrumentId())
        .param("iversion", a.instrumentVersion())
        .param("order", JSON.writeValueAsString(a.itemOrder()))
        .param("answers", encryptAnswers(a.id(), a.answers()))
        .param("count", a.answers().size())
        .param("due", a.dueDate())
        .param("expires", a.expiresOn())
        .param("status", a.status().name())
        .param("completed", a.completedOn())
        .param("source", a.source())
        .param("by", enteredBy)
        .param("now", now())
        .update();
  }

  /** Saves answers if the stored version is still {@code version}; false when it is not. */
  boolean saveAnswers(
      UUID id,
      int version,
      Map<String, Integer> answers,
      AdministrationStatus status,
      LocalDate completedOn,
      UUID enteredBy) {
    return jdbc.sql(
                "UPDATE measure_administration SET answers = :answers, answered_count = :count,"
                    + " status = :status, completed_on = :completed, entered_by = :by,"
                    + " version = version + 1, updated_at = :now WHERE id = :id AND version = :v"
                    + " AND status <> 'COMPLETED'")
            .param("answers", encryptAnswers(id, answers))
            .param("count", answers.size())
            .param("status", status.name())
            .param("completed", completedOn)
            .param("by", enteredBy)
            .param("now", now())
            .param("id", id)
            .param("v", version)
            .update()
        == 1;
  }

  Optional<Administration> findAdministration(UUID id) {
    return jdbc.sql("SELECT " + ADMIN_COLUMNS + " FROM measure_administration WHERE id = :id")
        .param("id", id)
        .query(this::mapAdministration)
        .optional();
  }

  /** The client's administrations not completed yet (open or saved to resume), oldest first. */
  List<Administration> unfinishedOf(UUID clientId) {
    return jdbc.sql(
            "SELECT "
                + ADMIN_COLUMNS
                + " FROM measure_administration WHERE client_id = :c AND status <> 'COMPLETED'"
                + " ORDER BY due_date, created_at")
        .param("c", clientId)
        .query(this::mapAdministration)
        .list();
  }

  List<Administration> administrationsOf(UUID clientId) {
    return jdbc.sql(
            "SELECT "
                + ADMIN_COLUMNS
                + " FROM measure_administration WHERE client_id = :c"
                + " ORDER BY COALESCE(completed_on, due_date), created_at")
        .param("c", clientId)
        .query(this::mapAdministration)
        .list();
  }

  List<Administration> administrationsOfAssignment(UUID assignmentId) {
    return jdbc.sql(
            "SELECT "
                + ADMIN_COLUMNS
                + " FROM measure_administration WHERE assignment_id = :a ORDER BY due_date")
        .param("a", assignmentId)
        .query(this::mapAdministration)
        .list();
  }

  private byte[] encryptAnswers(UUID id, Map<String, Integer> answers) {
    return cipher.encrypt(
        JSON.writeValueAsString(answers == null ? Map.of() : answers),
        "measure_administration",
        "answers",
        id);
  }

  private Administration mapAdministration(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    String answersJson =
        cipher.decrypt(rs.getBytes("answers"), "measure_administration", "answers", id);
    String completed = rs.getString("completed_on");
    return new Administration(
        id,
        rs.getObject("client_id", UUID.class),
        rs.getObject("assignment_id", UUID.class),
        rs.getString("instrument_id"),
        rs.getString("instrument_version"),
        List.copyOf(JSON.readValue(rs.getString("item_order"), ORDER)),
        answersJson == null ? Map.of() : JSON.readValue(answersJson, ANSWERS),
        rs.getInt("answered_count"),
        rs.getObject("due_date", LocalDate.class),
        rs.getObject("expires_on", LocalDate.class),
        AdministrationStatus.valueOf(rs.getString("status")),
        completed == null ? null : rs.getObject("completed_on", LocalDate.class),
        rs.getString("source"),
        rs.getInt("version"));
  }

  // ---- scores

  void insertScores(UUID administrationId, List<Score> scores) {
    for (Score s : scores) {
      jdbc.sql(
              "INSERT INTO measure_score (administration_id, subscale_id, target, score_value,"
                  + " answered, total) VALUES (:a, :s, :t, :v, :answered, :total)")
          .param("a", administrationId)
          .param("s", s.subscaleId())
          .param("t", s.target() == null ? "" : s.target())
          .param("v", s.value())
          .param("answered", s.answered())
          .param("total", s.total())
          .update();
    }
  }

  /** Stored scores per administration id, for the given client. */
  Map<UUID, List<Score>> scoresOf(UUID clientId) {
    Map<UUID, List<Score>> byAdmin = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT s.administration_id, a.instrument_id, a.instrument_version, s.subscale_id,"
                + " s.target, s.score_value, s.answered, s.total FROM measure_score s JOIN"
                + " measure_administration a ON a.id = s.administration_id WHERE a.client_id = :c")
        .param("c", clientId)
        .query(
            (rs, n) -> {
              double v = rs.getDouble("score_value");
              Double value = rs.wasNull() ? null : v;
              String target = rs.getString("target");
              Score score =
                  new Score(
                      rs.getString("instrument_id"),
                      rs.getString("instrument_version"),
                      rs.getString("subscale_id"),
                      target.isEmpty() ? null : target,
                      value,
                      rs.getInt("answered"),
                      rs.getInt("total"));
              byAdmin
                  .computeIfAbsent(
                      rs.getObject("administration_id", UUID.class),
                      k -> new java.util.ArrayList<>())
                  .add(score);
              return score;
            })
        .list();
    return byAdmin;
  }

  // ---- events

  void insertEvent(EventNote e, UUID by) {
    jdbc.sql(
            "INSERT INTO measure_event (id, client_id, occurred_on, kind, note, created_by,"
                + " version, created_at, updated_at) VALUES (:id, :c, :on, :kind, :note, :by, 0,"
                + " :now, :now)")
        .param("id", e.id())
        .param("c", e.clientId())
        .param("on", e.occurredOn())
        .param("kind", e.kind().name())
        .param("note", cipher.encrypt(e.note(), "measure_event", "note", e.id()))
        .param("by", by)
        .param("now", now())
        .update();
  }

  boolean updateEvent(EventNote e) {
    return jdbc.sql(
                "UPDATE measure_event SET occurred_on = :on, kind = :kind, note = :note,"
                    + " version = version + 1, updated_at = :now WHERE id = :id AND version = :v")
            .param("id", e.id())
            .param("on", e.occurredOn())
            .param("kind", e.kind().name())
            .param("note", cipher.encrypt(e.note(), "measure_event", "note", e.id()))
            .param("now", now())
            .param("v", e.version())
            .update()
        == 1;
  }

  boolean deleteEvent(UUID id, int version) {
    return jdbc.sql("DELETE FROM measure_event WHERE id = :id AND version = :v")
            .param("id", id)
            .param("v", version)
            .update()
        == 1;
  }

  Optional<EventNote> findEvent(UUID id) {
    return jdbc.sql(
            "SELECT id, client_id, occurred_on, kind, note, version FROM measure_event"
                + " WHERE id = :id")
        .param("id", id)
        .query(this::mapEvent)
        .optional();
  }

  List<EventNote> eventsOf(UUID clientId) {
    return jdbc.sql(
            "SELECT id, client_id, occurred_on, kind, note, version FROM measure_event"
                + " WHERE client_id = :c ORDER BY occurred_on, created_at")
        .param("c", clientId)
        .query(this::mapEvent)
        .list();
  }

  private EventNote mapEvent(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new EventNote(
        id,
        rs.getObject("client_id", UUID.class),
        rs.getObject("occurred_on", LocalDate.class),
        EventNote.Kind.valueOf(rs.getString("kind")),
        cipher.decryptInList(rs.getBytes("note"), "measure_event", "note", id),
        rs.getInt("version"));
  }
}
