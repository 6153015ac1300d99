package org.securebase.app.study;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Values as data entry sees them: the stored values of one participant and wave, each person's
 * entry of a double-entered form, resolutions, and the history of changed values. Identifier and
 * free-text values are stored only as ciphertext bound to their table, column and row.
 */
@Repository
class EntryRepository {

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  EntryRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** For every participant and wave with values: the variables that hold one. */
  Map<String, Set<UUID>> presentVariables(UUID studyId) {
    Map<String, Set<UUID>> present = new HashMap<>();
    jdbc.sql(
            "SELECT v.participant_id, v.wave_id, v.variable_id FROM study_value v"
                + " JOIN study_participant p ON p.id = v.participant_id WHERE p.study_id = ?")
        .param(studyId)
        .query(
            rs -> {
              present
                  .computeIfAbsent(
                      StudyStatus.key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                      k -> new HashSet<>())
                  .add(rs.getObject(3, UUID.class));
            });
    return present;
  }

  /** The stored values of one participant and wave, decrypted, by variable. */
  Map<UUID, String> values(UUID participantId, UUID waveId) {
    Map<UUID, String> values = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT id, variable_id, value_text, value_cipher FROM study_value"
                + " WHERE participant_id = ? AND wave_id = ?")
        .params(participantId, waveId)
        .query(
            rs -> {
              UUID id = rs.getObject(1, UUID.class);
              byte[] sealed = rs.getBytes(4);
              values.put(
                  rs.getObject(2, UUID.class),
                  sealed == null
                      ? rs.getString(3)
                      : cipher.decrypt(sealed, "study_value", "value_cipher", id));
            });
    return values;
  }

  /** Removes a stored value (a field emptied on a form). */
  void deleteValue(UUID participantId, UUID waveId, UUID variableId) {
    jdbc.sql("DELETE FROM study_value WHERE participant_id = ? AND wave_id = ? AND variable_id = ?")
        .params(participantId, waveId, variableId)
        .update();
  }

  /** Keeps the old and the new value of a change; sensitive ones as ciphertext. */
  void recordChange(
      UUID participantId,
      UUID waveId,
      StudyVariable variable,
      String oldValue,
      String newValue,
      String actor,
      Instant at) {
    UUID id = UUID.randomUUID();
    boolean sealed = variable.sensitive();
    jdbc.sql(
            "INSERT INTO study_value_change (id, participant_id, wave_id, variable_id, old_text,"
                + " old_cipher, new_text, new_cipher, changed_by, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            participantId,
            waveId,
            variable.id(),
            sealed ? null : oldValue,
            sealed && oldValue != null
                ? cipher.encrypt(oldValue, "study_value_change", "old_cipher", id)
                : null,
            sealed ? null : newValue,
            sealed && newValue != null
                ? cipher.encrypt(newValue, "study_value_change", "new_cipher", id)
                : null,
            actor,
            Timestamp.from(at))
        .update();
  }

  /** How many changes are kept for one participant and wave. */
  int changeCount(UUID participantId, UUID waveId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM study_value_change WHERE participant_id = ? AND wave_id = ?")
        .params(participantId, waveId)
        .query(Integer.class)
        .single();
  }

  // ---- double entry

  Set<String> doubleEntryForms(UUID studyId) {
    return new HashSet<>(
        jdbc.sql("SELECT form_name FROM study_double_entry_form WHERE study_id = ?")
            .param(studyId)
            .query(String.class)
            .list());
  }

  void setDoubleEntry(UUID studyId, String form, boolean on) {
    jdbc.sql("DELETE FROM study_double_entry_form WHERE study_id = ? AND form_name = ?")
        .params(studyId, form)
        .update();
    if (on) {
      jdbc.sql("INSERT INTO study_double_entry_form (study_id, form_name) VALUES (?, ?)")
          .params(studyId, form)
          .update();
    }
  }

  /** One person's entry of a form. */
  record Entry(UUID id, int slot, String enteredBy, boolean complete) {}

  List<Entry> entries(UUID participantId, UUID waveId, String form) {
    return jdbc.sql(
            "SELECT id, slot, entered_by, complete FROM study_entry WHERE participant_id = ? AND"
                + " wave_id = ? AND form_name = ? ORDER BY slot")
        .params(participantId, waveId, form)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getBoolean(4)))
        .list();
  }

  Entry insertEntry(
      UUID participantId, UUID waveId, String form, int slot, String actor, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO study_entry (id, participant_id, wave_id, form_name, slot, entered_by,"
                + " complete, updated_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)")
        .params(id, participantId, waveId, form, slot, actor, Timestamp.from(at))
        .update();
    return new Entry(id, slot, actor, false);
  }

  void markEntry(UUID entryId, boolean complete, Instant at) {
    jdbc.sql("UPDATE study_entry SET complete = ?, updated_at = ? WHERE id = ?")
        .params(complete, Timestamp.from(at), entryId)
        .update();
  }

  Map<UUID, String> entryValues(UUID entryId) {
    Map<UUID, String> values = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT variable_id, value_text, value_cipher FROM study_entry_value WHERE entry_id = ?")
        .param(entryId)
        .query(
            rs -> {
              UUID variable = rs.getObject(1, UUID.class);
              byte[] sealed = rs.getBytes(3);
              values.put(
                  variable,
                  sealed == null
                      ? rs.getString(2)
                      : cipher.decrypt(
                          sealed, "study_entry_value", "value_cipher", rowId(entryId, variable)));
            });
    return values;
  }

  void replaceEntryValues(UUID entryId, List<StudyVariable> variables, Map<UUID, String> values) {
    jdbc.sql("DELETE FROM study_entry_value WHERE entry_id = ?").param(entryId).update();
    for (StudyVariable v : variables) {
      String value = values.get(v.id());
      if (value == null) {
        continue;
      }
      jdbc.sql(
              "INSERT INTO study_entry_value (entry_id, variable_id, value_text, value_cipher)"
                  + " VALUES (?, ?, ?, ?)")
          .params(
              entryId,
              v.id(),
              v.sensitive() ? null : value,
              v.sensitive()
                  ? cipher.encrypt(
                      value, "study_entry_value", "value_cipher", rowId(entryId, v.id()))
                  : null)
          .update();
    }
  }

  /** A stable id for a value row keyed by two ids, to bind its ciphertext to that row. */
  private static UUID rowId(UUID entry, UUID variable) {
    return new UUID(
        entry.getMostSignificantBits() ^ variable.getMostSignificantBits(),
        entry.getLeastSignificantBits() ^ variable.getLeastSignificantBits());
  }

  Optional<String> resolvedBy(UUID participantId, UUID waveId, String form) {
    return jdbc.sql(
            "SELECT resolved_by FROM study_entry_resolution WHERE participant_id = ? AND"
                + " wave_id = ? AND form_name = ?")
        .params(participantId, waveId, form)
        .query(String.class)
        .optional();
  }

  void insertResolution(UUID participantId, UUID waveId, String form, String actor, Instant at) {
    jdbc.sql(
            "INSERT INTO study_entry_resolution (participant_id, wave_id, form_name, resolved_by,"
                + " resolved_at) VALUES (?, ?, ?, ?, ?)")
        .params(participantId, waveId, form, actor, Timestamp.from(at))
        .update();
  }

  /** Per participant and wave key: the double-entry forms started and the ones resolved. */
  record DoubleEntryRow(UUID participantId, UUID waveId, String form, boolean resolved) {}

  List<DoubleEntryRow> doubleEntryRows(UUID studyId) {
    return jdbc.sql(
            "SELECT DISTINCT e.participant_id, e.wave_id, e.form_name,"
                + " CASE WHEN r.resolved_by IS NULL THEN FALSE ELSE TRUE END"
                + " FROM study_entry e JOIN study_participant p ON p.id = e.participant_id"
                + " LEFT JOIN study_entry_resolution r ON r.participant_id = e.participant_id"
                + " AND r.wave_id = e.wave_id AND r.form_name = e.form_name WHERE p.study_id = ?")
        .param(studyId)
        .query(
            (rs, n) ->
                new DoubleEntryRow(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getBoolean(4)))
        .list();
  }

  /** Every pair of complete entries of a study, for the agreement report. */
  record EntryPair(UUID first, UUID second) {}

  List<EntryPair> completePairs(UUID studyId) {
    return jdbc.sql(
            "SELECT a.id, b.id FROM study_entry a JOIN study_entry b ON b.participant_id ="
                + " a.participant_id AND b.wave_id = a.wave_id AND b.form_name = a.form_name AND"
                + " b.slot = 2 JOIN study_participant p ON p.id = a.participant_id WHERE"
                + " p.study_id = ? AND a.slot = 1 AND a.complete AND b.complete")
        .param(studyId)
        .query((rs, n) -> new EntryPair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
  }
}
