package org.securebase.app.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Drafts, signatures and addenda of session notes. A draft is updated only while unsigned and at
 * the version it was opened at; signing sets who and when once; an addendum's text is encrypted
 * like the note's, bound to the addendum's own row.
 */
@Repository
class SessionNoteRepository {

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  SessionNoteRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** Updates an unsigned draft at {@code version}; false when it is signed or was changed. */
  boolean updateDraft(UUID id, int version, SessionForm f) {
    boolean updated =
        jdbc.sql(
                    """
                    UPDATE therapy_session SET held_on = :on, modality = NULL,
                      modality_cipher = :modality, framework = NULL,
                      framework_cipher = :framework, problem = :problem, notes = :notes,
                      progress_note = :note, version = version + 1
                    WHERE id = :id AND version = :version AND signed_at IS NULL
                    """)
                .param("id", id)
                .param("version", version)
                .param("on", f.getHeldOn())
                .param(
                    "modality",
                    cipher.encrypt(f.getModality().strip(), "therapy_session", "modality", id))
                .param(
                    "framework",
                    cipher.encrypt(
                        blankToNull(f.getFramework()), "therapy_session", "framework", id))
                .param(
                    "problem",
                    cipher.encrypt(blankToNull(f.getProblem()), "therapy_session", "problem", id))
                .param(
                    "notes",
                    cipher.encrypt(blankToNull(f.getNotes()), "therapy_session", "notes", id))
                .param(
                    "note",
                    cipher.encrypt(
                        blankToNull(f.getProgressNote()), "therapy_session", "progress_note", id))
                .update()
            == 1;
    if (updated) {
      jdbc.sql("DELETE FROM objective_progress WHERE session_id = :s").param("s", id).update();
    }
    return updated;
  }

  /** Signs an unsigned note at {@code version}; false when it is already signed or was changed. */
  boolean sign(UUID id, int version, UUID by, String byName, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE therapy_session SET signed_at = :at, signed_by = :by,
                  signed_by_name = :name, version = version + 1
                WHERE id = :id AND version = :version AND signed_at IS NULL
                """)
            .param("id", id)
            .param("version", version)
            .param("at", at)
            .param("by", by)
            .param("name", byName)
            .update()
        == 1;
  }

  void insertAddendum(
      UUID id, UUID sessionId, UUID author, String authorName, OffsetDateTime at, String body) {
    jdbc.sql(
            "INSERT INTO session_addendum (id, session_id, written_at, author_id, author_name,"
                + " body) VALUES (:id, :s, :at, :author, :name, :body)")
        .param("id", id)
        .param("s", sessionId)
        .param("at", at)
        .param("author", author)
        .param("name", authorName)
        .param("body", cipher.encrypt(body.strip(), "session_addendum", "body", id))
        .update();
  }

  /** A session's addenda, oldest first. */
  List<SessionAddendum> addenda(UUID sessionId) {
    return jdbc.sql(
            "SELECT id, written_at, author_name, body FROM session_addendum"
                + " WHERE session_id = :s ORDER BY written_at, id")
        .param("s", sessionId)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new SessionAddendum(
                  id,
                  rs.getObject("written_at", OffsetDateTime.class),
                  rs.getString("author_name"),
                  cipher.decryptInList(rs.getBytes("body"), "session_addendum", "body", id));
            })
        .list();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
