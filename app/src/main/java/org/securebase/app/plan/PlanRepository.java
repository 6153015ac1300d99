package org.securebase.app.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.core.plan.Deadline;
import org.securebase.core.plan.ObjectiveTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their versions and objectives, sessions and progress; free text encrypted. */
@Repository
class PlanRepository {

  private final Clock clock;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  PlanRepository(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  record PlanRow(UUID id, UUID clientId, int currentVersion) {}

  Optional<PlanRow> planOf(UUID clientId) {
    return jdbc.sql(
            "SELECT id, client_id, current_version FROM treatment_plan WHERE client_id = :c")
        .param("c", clientId)
        .query(
            (rs, n) ->
                new PlanRow(
                    rs.getObject("id", UUID.class),
                    rs.getObject("client_id", UUID.class),
                    rs.getInt("current_version")))
        .optional();
  }

  void insertPlan(UUID id, UUID clientId) {
    OffsetDateTime now = now();
    jdbc.sql(
            "INSERT INTO treatment_plan (id, client_id, current_version, created_at, updated_at)"
                + " VALUES (:id, :c, 0, :now, :now)")
        .param("id", id)
        .param("c", clientId)
        .param("now", now)
        .update();
  }

  /** Moves the plan to {@code next} when it is still at {@code basedOn}; false when it is not. */
  boolean advance(UUID planId, int basedOn, int next) {
    return jdbc.sql(
                "UPDATE treatment_plan SET current_version = :next, updated_at = :now"
                    + " WHERE id = :id AND current_version = :based")
            .param("next", next)
            .param("now", now())
            .param("id", planId)
            .param("based", basedOn)
            .update()
        == 1;
  }

  void insertVersion(
      UUID id,
      UUID planId,
      int version,
      UUID savedBy,
      String savedByName,
      String formulation,
      Set<Obstacle> obstacles,
      List<PlanObjective> objectives) {
    jdbc.sql(
            """
            INSERT INTO plan_version (id, plan_id, version, saved_at, saved_by, saved_by_name,
              formulation, obstacles)
            VALUES (:id, :plan, :version, :now, :by, :name, :formulation, :obstacles)
            """)
        .param("id", id)
        .param("plan", planId)
        .param("version", version)
        .param("now", now())
        .param("by", savedBy)
        .param("name", savedByName)
        .param("formulation", cipher.encrypt(formulation, "plan_version", "formulation", id))
        .param(
            "obstacles",
            obstacles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .update();
    for (PlanObjective o : objectives) {
      UUID objectiveId = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO plan_objective (id, plan_version_id, objective_key, position, template,
                target_count, consecutive, deadline_session, deadline_date, mechanism_cipher,
                start_session, start_date)
              VALUES (:id, :version, :key, :pos, :template, :target, :consecutive, :dsession,
                :ddate, :mechanism, :ssession, :sdate)
              """)
          .param("id", objectiveId)
          .param("version", id)
          .param("key", o.key())
          .param("pos", o.position())
          .param("template", o.template().name())
          .param("target", o.targetCount())
          .param("consecutive", o.consecutive())
          .param("dsession", o.deadline().session())
          .param("ddate", o.deadline().date())
          .param(
              "mechanism",
              cipher.encrypt(o.mechanism(), "plan_objective", "mechanism", objectiveId))
          .param("ssession", o.startSession())
          .param("sdate", o.startDate())
          .update();
    }
  }

  /** Every version of a plan, newest first. */
  List<PlanVersion> versions(UUID planId) {
    List<PlanVersion> versions =
        jdbc.sql(
                "SELECT id, plan_id, version, saved_at, saved_by_name, formulation, obstacles"
                    + " FROM plan_version WHERE plan_id = :p ORDER BY version DESC")
            .param("p", planId)
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject("id", UUID.class);
                  Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
                  Arrays.stream(rs.getString("obstacles").split(","))
                      .filter(s -> !s.isBlank())
                      .forEach(s -> obstacles.add(Obstacle.valueOf(s)));
                  return new PlanVersion(
                      id,
                      rs.getObject("plan_id", UUID.class),
                      rs.getInt("version"),
                      rs.getObject("saved_at", OffsetDateTime.class),
                      rs.getString("saved_by_name"),
                      cipher.decryptInList(
                          rs.getBytes("formulation"), "plan_version", "formulation", id),
                      obstacles,
                      List.of());
                })
            .list();
    List<PlanVersion> full = new ArrayList<>();
    for (PlanVersion v : versions) {
      full.add(
          new PlanVersion(
              v.id(),
              v.planId(),
              v.version(),
              v.savedAt(),
              v.savedByName(),
              v.formulation(),
              v.obstacles(),
              objectives(v.id())));
    }
    return full;
  }

  private List<PlanObjective> objectives(UUID versionId) {
    return jdbc.sql(
            """
            SELECT id, objective_key, position, template, target_count, consecutive,
              deadline_session, deadline_date, mechanism, mechanism_cipher, start_session,
              start_date
            FROM plan_objective WHERE plan_version_id = :v ORDER BY position
            """)
        .param("v", versionId)
        .query(
            (rs, n) -> {
              int ds = rs.getInt("deadline_session");
              Deadline deadline =
                  rs.wasNull()
                      ? Deadline.byDate(rs.getObject("deadline_date", LocalDate.class))
                      : Deadline.bySession(ds);
              int consecutive = rs.getInt("consecutive");
              Integer m = rs.wasNull() ? null : consecutive;
              return new PlanObjective(
                  rs.getObject("objective_key", UUID.class),
                  rs.getInt("position"),
                  ObjectiveTemplate.valueOf(rs.getString("template")),
                  rs.getInt("target_count"),
                  m,
                  deadline,
                  sealedOrPlain(rs, "plan_objective", "mechanism"),
                  rs.getInt("start_session"),
                  rs.getObject("start_date", LocalDate.class));
            })
        .list();
  }

  // ---- sessions

  int sessionCount(UUID clientId) {
    return jdbc.sql("SELECT COUNT(*) FROM therapy_session WHERE client_id = :c")
        .param("c", clientId)
        .query(Integer.class)
        .single();
  }

  int nextSessionNumber(UUID clientId) {
    Integer max =
        jdbc.sql("SELECT MAX(session_number) FROM therapy_session WHERE client_id = :c")
            .param("c", clientId)
            .query(Integer.class)
            .optional()
            .orElse(null);
    return max == null ? 1 : max + 1;
  }

  void insertSession(UUID id, UUID clientId, int number, SessionForm f, UUID recordedBy) {
    jdbc.sql(
            """
            INSERT INTO therapy_session (id, client_id, session_number, held_on, modality_cipher,
              framework_cipher, problem, notes, progress_note, recorded_by, created_at)
            VALUES (:id, :c, :n, :on, :modality, :framework, :problem, :notes, :note, :by, :now)
            """)
        .param("id", id)
        .param("c", clientId)
        .param("n", number)
        .param("on", f.getHeldOn())
        .param(
            "modality", cipher.encrypt(f.getModality().strip(), "therapy_session", "modality", id))
        .param(
            "framework",
            cipher.encrypt(blankToNull(f.getFramework()), "therapy_session", "framework", id))
        .param(
            "problem",
            cipher.encrypt(blankToNull(f.getProblem()), "therapy_session", "problem", id))
        .param("notes", cipher.encrypt(blankToNull(f.getNotes()), "therapy_session", "notes", id))
        .param(
            "note",
            cipher.encrypt(
                blankToNull(f.getProgressNote()), "therapy_session", "progress_note", id))
        .param("by", recordedBy)
        .param("now", now())
        .update();
    insertProgress(id, f);
  }

  /** The form's progress rows for a session (rows without an objective or a count are skipped). */
  void insertProgress(UUID id, SessionForm f) {
    for (SessionForm.ProgressRow row : f.getProgress()) {
      if (row.getObjectiveKey() == null || row.getCount() == null) {
        continue;
      }
      jdbc.sql(
              "INSERT INTO objective_progress (id, session_id, objective_key, progress_count)"
                  + " VALUES (:id, :s, :k, :n)")
          .param("id", UUID.randomUUID())
          .param("s", id)
          .param("k", row.getObjectiveKey())
          .param("n", row.getCount())
          .update();
    }
  }

  /** Sessions of a client, newest first, with their progress rows. */
  List<TherapySession> sessions(UUID clientId) {
    List<TherapySession> sessions =
        jdbc.sql(
                "SELECT id, client_id, session_number, held_on, modality, modality_cipher,"
                    + " framework, framework_cipher, problem, notes, progress_note, version,"
                    + " signed_at, signed_by_name"
                    + " FROM therapy_session WHERE client_id = :c ORDER BY session_number DESC")
            .param("c", clientId)
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject("id", UUID.class);
                  return new TherapySession(
                      id,
                      rs.getObject("client_id", UUID.class),
                      rs.getInt("session_number"),
                      rs.getObject("held_on", LocalDate.class),
                      sealedOrPlain(rs, "therapy_session", "modality"),
                      sealedOrPlain(rs, "therapy_session", "framework"),
                      cipher.decryptInList(
                          rs.getBytes("problem"), "therapy_session", "problem", id),
                      cipher.decryptInList(rs.getBytes("notes"), "therapy_session", "notes", id),
                      cipher.decryptInList(
                          rs.getBytes("progress_note"), "therapy_session", "progress_note", id),
                      List.of(),
                      rs.getInt("version"),
                      rs.getObject("signed_at", OffsetDateTime.class),
                      rs.getString("signed_by_name"));
                })
            .list();
    List<TherapySession> full = new ArrayList<>();
    for (TherapySession s : sessions) {
      List<TherapySession.Progress> progress =
          jdbc.sql(
                  "SELECT objective_key, progress_count FROM objective_progress"
                      + " WHERE session_id = :s")
              .param("s", s.id())
              .query(
                  (rs, n) ->
                      new TherapySession.Progress(
                          rs.getObject("objective_key", UUID.class), rs.getInt("progress_count")))
              .list();
      full.add(s.withProgress(progress));
    }
    return full;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * A clinician-written column that is encrypted in {@code <column>_cipher}; a row written before
   * V17_1 and not yet sealed at start-up ({@link PlanTextSealing}) still has it in the plain
   * column.
   */
  private String sealedOrPlain(ResultSet rs, String table, String column) throws SQLException {
    byte[] sealed = rs.getBytes(column + "_cipher");
    if (sealed != null) {
      return cipher.decryptInList(sealed, table, column, rs.getObject("id", UUID.class));
    }
    return rs.getString(column);
  }
}
