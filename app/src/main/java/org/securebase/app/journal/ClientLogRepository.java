package org.securebase.app.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The client's own logs: activations, support events, journal entries, crisis flags and pathways.
 * Free text is encrypted on the way in and decrypted on the way out only when the caller asks for
 * it ({@code withText}), so a reader who may not see it never holds the plaintext.
 */
@Repository
class ClientLogRepository {

  private final Clock clock;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  ClientLogRepository(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  // ---- activations

  void insertActivation(UUID id, UUID clientId, OffsetDateTime at, ActivationForm f) {
    jdbc.sql(
            """
            INSERT INTO activation (id, client_id, occurred_at, trigger_type, pull, noticed_named,
              done_instead, notes_shared, minutes_until_settled, created_at)
            VALUES (:id, :client, :at, :trigger, :pull, :named, :instead, :shared, :minutes, :now)
            """)
        .param("id", id)
        .param("client", clientId)
        .param("at", at)
        .param("trigger", f.getTrigger().name())
        .param("pull", f.getPull().name())
        .param("named", f.getNoticedAndNamed())
        .param(
            "instead",
            cipher.encrypt(blankToNull(f.getDoneInstead()), "activation", "done_instead", id))
        .param("shared", f.isNotesShared())
        .param("minutes", f.getMinutesUntilSettled())
        .param("now", now())
        .update();
  }

  /** Activations, oldest first; the notes decrypted only where {@code ownerReads} or shared. */
  List<Activation> activations(UUID clientId, boolean ownerReads) {
    return jdbc.sql(
            """
            SELECT a.id, a.client_id, a.occurred_at, a.trigger_type, a.pull, a.noticed_named,
              a.done_instead, a.notes_shared, a.minutes_until_settled,
              (SELECT COUNT(*) FROM crisis_flag f WHERE f.entry_id = a.id) AS flags
            FROM activation a WHERE a.client_id = :client ORDER BY a.occurred_at, a.created_at
            """)
        .param("client", clientId)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              boolean shared = rs.getBoolean("notes_shared");
              return new Activation(
                  id,
                  rs.getObject("client_id", UUID.class),
                  rs.getObject("occurred_at", OffsetDateTime.class),
                  TriggerType.valueOf(rs.getString("trigger_type")),
                  Pull.valueOf(rs.getString("pull")),
                  rs.getBoolean("noticed_named"),
                  ownerReads || shared
                      ? cipher.decryptInList(
                          rs.getBytes("done_instead"), "activation", "done_instead", id)
                      : null,
                  shared,
                  rs.getInt("minutes_until_settled"),
                  rs.getInt("flags") > 0);
            })
        .list();
  }

  // ---- support

  void insertSupport(UUID id, UUID clientId, OffsetDateTime at, SupportForm f) {
    jdbc.sql(
            """
            INSERT INTO support_event (id, client_id, occurred_at, person_role, outcome, note,
              note_shared, created_at)
            VALUES (:id, :client, :at, :role, :outcome, :note, :shared, :now)
            """)
        .param("id", id)
        .param("client", clientId)
        .param("at", at)
        .param("role", f.getRole().name())
        .param("outcome", f.getOutcome().name())
        .param("note", cipher.encrypt(blankToNull(f.getNote()), "support_event", "note", id))
        .param("shared", f.isNoteShared())
        .param("now", now())
        .update();
  }

  /** Support events, newest first; the note decrypted only where {@code ownerReads} or shared. */
  List<SupportEvent> supportEvents(UUID clientId, boolean ownerReads) {
    return jdbc.sql(
            "SELECT id, client_id, occurred_at, person_role, outcome, note, note_shared"
                + " FROM support_event WHERE client_id = :client ORDER BY occurred_at DESC")
        .param("client", clientId)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              boolean shared = rs.getBoolean("note_shared");
              return new SupportEvent(
                  id,
                  rs.getObject("client_id", UUID.class),
                  rs.getObject("occurred_at", OffsetDateTime.class),
                  SupportRole.valueOf(rs.getString("person_role")),
                  SupportOutcome.valueOf(rs.getString("outcome")),
                  ownerReads || shared
                      ? cipher.decryptInList(rs.getBytes("note"), "support_event", "note", id)
                      : null,
                  shared);
            })
        .list();
  }

  // ---- journal

  void insertJournal(UUID id, UUID clientId, OffsetDateTime at, JournalForm f) {
    jdbc.sql(
            """
            INSERT INTO journal_entry (id, client_id, written_at, prompt, body, shared, created_at)
            VALUES (:id, :client, :at, :prompt, :body, :shared, :now)
            """)
        .param("id", id)
        .param("client", clientId)
        .param("at", at)
        .param("prompt", f.getPrompt() == null ? null : f.getPrompt().name())
        .param("body", cipher.encrypt(f.getBody(), "journal_entry", "body", id))
        .param("shared", f.isShared())
        .param("now", now())
        .update();
  }

  private static final String JOURNAL_SELECT =
      "SELECT j.id, j.client_id, j.written_at, j.prompt, j.body, j.shared,"
          + " (SELECT COUNT(*) FROM crisis_flag f WHERE f.entry_id = j.id) AS flags"
          + " FROM journal_entry j";

  /** The client's entries, newest first, with text. */
  List<JournalEntry> journal(UUID clientId) {
    return jdbc.sql(JOURNAL_SELECT + " WHERE j.client_id = :client ORDER BY j.written_at DESC")
        .param("client", clientId)
        .query(this::mapJournal)
        .list();
  }

  /** Only the entries the client chose to share, newest first: what a clinician may read. */
  List<JournalEntry> sharedJournal(UUID clientId) {
    return jdbc.sql(
            JOURNAL_SELECT
                + " WHERE j.client_id = :client AND j.shared = TRUE ORDER BY j.written_at DESC")
        .param("client", clientId)
        .query(this::mapJournal)
        .list();
  }

  Optional<JournalEntry> journalEntry(UUID id) {
    return jdbc.sql(JOURNAL_SELECT + " WHERE j.id = :id")
        .param("id", id)
        .query(this::mapJournal)
        .optional();
  }

  void setShared(UUID id, boolean shared) {
    jdbc.sql("UPDATE journal_entry SET shared = :shared WHERE id = :id")
        .param("shared", shared)
        .param("id", id)
        .update();
  }

  private JournalEntry mapJournal(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    String prompt = rs.getString("prompt");
    return new JournalEntry(
        id,
        rs.getObject("client_id", UUID.class),
        rs.getObject("written_at", OffsetDateTime.class),
        prompt == null ? null : JournalPrompt.valueOf(prompt),
        cipher.decryptInList(rs.getBytes("body"), "journal_entry", "body", id),
        rs.getBoolean("shared"),
        rs.getInt("flags") > 0);
  }

  // ---- crisis flags

  void insertFlag(UUID clientId, String source, UUID entryId, String phraseListVersion) {
    jdbc.sql(
            """
            INSERT INTO crisis_flag (id, client_id, source, entry_id, raised_at, phrase_list_version)
            VALUES (:id, :client, :source, :entry, :now, :version)
            """)
        .param("id", UUID.randomUUID())
        .param("client", clientId)
        .param("source", source)
        .param("entry", entryId)
        .param("now", now())
        .param("version", phraseListVersion)
        .update();
  }

  /** A questionnaire's flag (PHQ-9 item 9), kept beside crisis_flag; see V9_1. */
  void insertMeasureFlag(UUID clientId, UUID administrationId, String rule) {
    jdbc.sql(
            "INSERT INTO crisis_flag_measure (id, client_id, administration_id, raised_at, rule)"
                + " VALUES (:id, :client, :administration, :now, :rule)")
        .param("id", UUID.randomUUID())
        .param("client", clientId)
        .param("administration", administrationId)
        .param("now", now())
        .param("rule", rule)
        .update();
  }

  /** The client's flags, newest first, each with who marked it as seen and when (or nulls). */
  List<CrisisFlag> flags(UUID clientId) {
    return jdbc.sql(
            "SELECT f.id, f.client_id, f.source, f.entry_id, f.raised_at, f.phrase_list_version,"
                + " r.reviewed_by_name, r.reviewed_at FROM (SELECT id, client_id, source, entry_id,"
                + " raised_at, phrase_list_version FROM crisis_flag WHERE client_id = :client"
                + " UNION ALL SELECT id, client_id, 'MEASURE' AS source, administration_id AS"
                + " entry_id, raised_at, rule AS phrase_list_version FROM crisis_flag_measure"
                + " WHERE client_id = :client) f LEFT JOIN crisis_flag_review r ON r.flag_id = f.id"
                + " ORDER BY f.raised_at DESC")
        .param("client", clientId)
        .query(
            (rs, n) ->
                new CrisisFlag(
                    rs.getObject("id", UUID.class),
                    rs.getObject("client_id", UUID.class),
                    rs.getString("source"),
                    rs.getObject("entry_id", UUID.class),
                    rs.getObject("raised_at", OffsetDateTime.class),
                    rs.getString("phrase_list_version"),
                    rs.getString("reviewed_by_name"),
                    rs.getObject("reviewed_at", OffsetDateTime.class)))
        .list();
  }

  // ---- setbacks

  void insertSetback(UUID id, UUID clientId, SetbackForm f) {
    jdbc.sql(
            "INSERT INTO setback (id, client_id, occurred_on, kind, created_at)"
                + " VALUES (:id, :client, :on, :kind, :now)")
        .param("id", id)
        .param("client", clientId)
        .param("on", f.getOccurredOn())
        .param("kind", f.getKind().name())
        .param("now", now())
        .update();
  }

  List<Setback> setbacks(UUID clientId) {
    return jdbc.sql(
            "SELECT id, client_id, occurred_on, kind FROM setback WHERE client_id = :client"
                + " ORDER BY occurred_on")
        .param("client", clientId)
        .query(
            (rs, n) ->
                new Setback(
                    rs.getObject("id", UUID.class),
                    rs.getObject("client_id", UUID.class),
                    rs.getObject("occurred_on", java.time.LocalDate.class),
                    SetbackKind.valueOf(rs.getString("kind"))))
        .list();
  }

  // ---- pathways

  Set<Pathway> pathways(UUID clientId) {
    Set<Pathway> set = EnumSet.noneOf(Pathway.class);
    jdbc.sql("SELECT pathway FROM client_pathway WHERE client_id = :client")
        .param("client", clientId)
        .query(String.class)
        .list()
        .forEach(p -> set.add(Pathway.valueOf(p)));
    return set;
  }

  void replacePathways(UUID clientId, Set<Pathway> pathways) {
    jdbc.sql("DELETE FROM client_pathway WHERE client_id = :client")
        .param("client", clientId)
        .update();
    for (Pathway p : pathways) {
      jdbc.sql("INSERT INTO client_pathway (client_id, pathway) VALUES (:client, :p)")
          .param("client", clientId)
          .param("p", p.name())
          .update();
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
