package org.securebase.app.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.core.practice.HypnosisContraindication;
import org.securebase.core.practice.PracticeJson;
import org.securebase.core.practice.PracticeScript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Practices, their audio, sessions and the hypnosis permission. Inputs, scripts and audio are
 * stored only as ciphertext bound to their row; they are decrypted here, on the way out.
 */
@Repository
class PracticeRepository {

  static final String TABLE = "practice";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  PracticeRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  // ---- practices

  void insert(Practice p, boolean hypnosisEnabled, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO practice (id, client_id, created_by, created_at, requested_by_client,
              status, style, minutes, template_version, inputs, script, edited, version)
            VALUES (:id, :client, :by, :now, :requested, :status, :style, :minutes, :tv,
              :inputs, :script, FALSE, 0)
            """)
        .param("id", p.id())
        .param("client", p.clientId())
        .param("by", p.createdBy())
        .param("now", now)
        .param("requested", p.requestedByClient())
        .param("status", p.status().name())
        .param("style", p.inputs().style().name())
        .param("minutes", p.inputs().minutes())
        .param("tv", p.script().templateVersion())
        .param(
            "inputs",
            cipher.encrypt(
                PracticeJson.writeInputs(p.inputs(), hypnosisEnabled), TABLE, "inputs", p.id()))
        .param(
            "script", cipher.encrypt(PracticeJson.writeScript(p.script()), TABLE, "script", p.id()))
        .update();
  }

  private static final String COLUMNS =
      """
      SELECT id, client_id, created_by, created_at, requested_by_client, status, inputs, script,
        edited, version, approved_by, approved_at, objective_key FROM practice
      """;

  Optional<Practice> find(UUID id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id")
        .param("id", id)
        .query(this::mapPractice)
        .optional();
  }

  List<Practice> ofClient(UUID clientId) {
    return jdbc.sql(COLUMNS + " WHERE client_id = :client ORDER BY created_at DESC, id")
        .param("client", clientId)
        .query(this::mapPractice)
        .list();
  }

  /** Saves an edited script if {@code basedOn} is still the current version. */
  boolean updateScript(UUID id, int basedOn, PracticeScript script) {
    return jdbc.sql(
                """
                UPDATE practice SET script = :script, edited = TRUE, version = version + 1
                WHERE id = :id AND version = :based AND status = 'DRAFT'
                """)
            .param("script", cipher.encrypt(PracticeJson.writeScript(script), TABLE, "script", id))
            .param("id", id)
            .param("based", basedOn)
            .update()
        == 1;
  }

  boolean approve(UUID id, int basedOn, UUID by, OffsetDateTime at, UUID objectiveKey) {
    return jdbc.sql(
                """
                UPDATE practice SET status = 'APPROVED', approved_by = :by, approved_at = :at,
                  objective_key = :objective, version = version + 1
                WHERE id = :id AND version = :based AND status = 'DRAFT'
                """)
            .param("by", by)
            .param("at", at)
            .param("objective", objectiveKey)
            .param("id", id)
            .param("based", basedOn)
            .update()
        == 1;
  }

  private Practice mapPractice(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    PracticeJson.Request request =
        PracticeJson.readInputs(cipher.decrypt(rs.getBytes("inputs"), TABLE, "inputs", id));
    PracticeScript script =
        PracticeJson.readScript(
            cipher.decrypt(rs.getBytes("script"), TABLE, "script", id), request.inputs());
    return new Practice(
        id,
        rs.getObject("client_id", UUID.class),
        rs.getObject("created_by", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getBoolean("requested_by_client"),
        Practice.Status.valueOf(rs.getString("status")),
        request.inputs(),
        script,
        rs.getBoolean("edited"),
        rs.getInt("version"),
        rs.getObject("approved_by", UUID.class),
        rs.getObject("approved_at", OffsetDateTime.class),
        rs.getObject("objective_key", UUID.class));
  }

  // ---- audio

  void queueAudio(UUID practiceId, int scriptVersion, OffsetDateTime now) {
    jdbc.sql("DELETE FROM practice_audio WHERE practice_id = :id").param("id", practiceId).update();
    jdbc.sql(
            """
            INSERT INTO practice_audio (practice_id, script_version, status, progress, updated_at)
            VALUES (:id, :version, 'QUEUED', 0, :now)
            """)
        .param("id", practiceId)
        .param("version", scriptVersion)
        .param("now", now)
        .update();
  }

  void audioProgress(UUID practiceId, int percent, String stage, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE practice_audio SET status = 'RENDERING', progress = :p, stage = :stage,
              updated_at = :now WHERE practice_id = :id
            """)
        .param("p", percent)
        .param("stage", stage)
        .param("now", now)
        .param("id", practiceId)
        .update();
  }

  void audioReady(UUID id, byte[] audio, double seconds, String voice, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE practice_audio SET status = 'READY', progress = 100, stage = 'done',
              audio = :audio, seconds = :seconds, voice = :voice, updated_at = :now
            WHERE practice_id = :id
            """)
        .param("audio", cipher.encryptBytes(audio, "practice_audio", "audio", id))
        .param("seconds", seconds)
        .param("voice", voice)
        .param("now", now)
        .param("id", id)
        .update();
  }

  void audioFailed(UUID id, String problem, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE practice_audio SET status = 'FAILED', problem = :problem, updated_at = :now
            WHERE practice_id = :id
            """)
        .param("problem", problem.length() > 400 ? problem.substring(0, 400) : problem)
        .param("now", now)
        .param("id", id)
        .update();
  }

  AudioState audioState(UUID practiceId) {
    return jdbc.sql(
            """
            SELECT status, progress, stage, seconds, voice, problem FROM practice_audio
            WHERE practice_id = :id
            """)
        .param("id", practiceId)
        .query(
            (rs, n) ->
                new AudioState(
                    AudioState.Status.valueOf(rs.getString("status")),
                    rs.getInt("progress"),
                    rs.getString("stage"),
                    rs.getObject("seconds", Double.class),
                    rs.getString("voice"),
                    rs.getString("problem")))
        .optional()
        .orElse(AudioState.NONE);
  }

  /** True when a render was queued or started before {@code cutoff} and never finished. */
  boolean stalled(UUID practiceId, OffsetDateTime cutoff) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM practice_audio WHERE practice_id = :id
                  AND status IN ('QUEUED', 'RENDERING', 'FAILED') AND updated_at < :cutoff
                """)
            .param("id", practiceId)
            .param("cutoff", cutoff)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The decrypted audio, if rendered. */
  Optional<byte[]> audio(UUID practiceId) {
    return jdbc.sql(
            "SELECT audio FROM practice_audio WHERE practice_id = :id AND audio IS NOT NULL")
        .param("id", practiceId)
        .query((rs, n) -> rs.getBytes("audio"))
        .optional()
        .map(c -> cipher.decryptBytes(c, "practice_audio", "audio", practiceId));
  }

  /** The stored ciphertext as it is, for the test that it cannot be read without the key. */
  Optional<byte[]> storedAudioCiphertext(UUID practiceId) {
    return jdbc.sql(
            "SELECT audio FROM practice_audio WHERE practice_id = :id AND audio IS NOT NULL")
        .param("id", practiceId)
        .query((rs, n) -> rs.getBytes("audio"))
        .optional();
  }

  // ---- sessions

  void insertSession(PracticeSession s) {
    jdbc.sql(
            """
            INSERT INTO practice_session (id, practice_id, client_id, started_at, before_settled,
              before_real, grounding_only)
            VALUES (:id, :practice, :client, :at, :settled, :real, FALSE)
            """)
        .param("id", s.id())
        .param("practice", s.practiceId())
        .param("client", s.clientId())
        .param("at", s.startedAt())
        .param("settled", s.beforeSettled())
        .param("real", s.beforeReal())
        .update();
  }

  boolean completeSession(
      UUID id,
      UUID clientId,
      OffsetDateTime at,
      int settled,
      int real,
      boolean unreal,
      boolean groundingOnly) {
    return jdbc.sql(
                """
                UPDATE practice_session SET completed_at = :at, after_settled = :settled,
                  after_real = :real, after_unreal = :unreal, grounding_only = :grounding
                WHERE id = :id AND client_id = :client AND completed_at IS NULL
                """)
            .param("at", at)
            .param("settled", settled)
            .param("real", real)
            .param("unreal", unreal)
            .param("grounding", groundingOnly)
            .param("id", id)
            .param("client", clientId)
            .update()
        == 1;
  }

  Optional<PracticeSession> session(UUID id) {
    return jdbc.sql(SESSION_COLUMNS + " WHERE id = :id")
        .param("id", id)
        .query(this::mapSession)
        .optional();
  }

  List<PracticeSession> sessionsOf(UUID clientId) {
    return jdbc.sql(SESSION_COLUMNS + " WHERE client_id = :client ORDER BY started_at")
        .param("client", clientId)
        .query(this::mapSession)
        .list();
  }

  private static final String SESSION_COLUMNS =
      """
      SELECT id, practice_id, client_id, started_at, before_settled, before_real, completed_at,
        after_settled, after_real, after_unreal, grounding_only FROM practice_session
      """;

  private PracticeSession mapSession(ResultSet rs, int row) throws SQLException {
    return new PracticeSession(
        rs.getObject("id", UUID.class),
        rs.getObject("practice_id", UUID.class),
        rs.getObject("client_id", UUID.class),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getInt("before_settled"),
        rs.getInt("before_real"),
        rs.getObject("completed_at", OffsetDateTime.class),
        rs.getObject("after_settled", Integer.class),
        rs.getObject("after_real", Integer.class),
        rs.getObject("after_unreal", Boolean.class),
        rs.getBoolean("grounding_only"));
  }

  // ---- hypnosis permission

  void insertPermission(
      UUID clientId,
      boolean enabled,
      Set<HypnosisContraindication> present,
      UUID by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO practice_permission (id, client_id, hypnosis, present, decided_by, decided_at)
            VALUES (:id, :client, :enabled, :present, :by, :at)
            """)
        .param("id", UUID.randomUUID())
        .param("client", clientId)
        .param("enabled", enabled)
        .param(
            "present", present.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .param("by", by)
        .param("at", at)
        .update();
  }

  HypnosisPermission permission(UUID clientId) {
    return jdbc
        .sql(
            """
            SELECT hypnosis, present, decided_by, decided_at FROM practice_permission
            WHERE client_id = :client ORDER BY decided_at DESC, id DESC
            """)
        .param("client", clientId)
        .query(
            (rs, n) ->
                new HypnosisPermission(
                    rs.getBoolean("hypnosis"),
                    present(rs.getString("present")),
                    rs.getObject("decided_by", UUID.class),
                    rs.getObject("decided_at", OffsetDateTime.class)))
        .list()
        .stream()
        .findFirst()
        .orElse(HypnosisPermission.NEVER_DECIDED);
  }

  private static Set<HypnosisContraindication> present(String names) {
    Set<HypnosisContraindication> set = EnumSet.noneOf(HypnosisContraindication.class);
    if (names != null && !names.isBlank()) {
      Arrays.stream(names.split(",")).map(HypnosisContraindication::valueOf).forEach(set::add);
    }
    return set;
  }
}
