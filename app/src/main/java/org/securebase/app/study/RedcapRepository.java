package org.securebase.app.study;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.securebase.core.redcap.DictionaryField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A study's REDCap dictionary as imported, where each variable sits on a form, and each form's
 * entry status per participant and wave.
 */
@Repository
class RedcapRepository {

  private static final String FIELD_COLUMNS =
      "field_name, form_name, section_header, field_type, field_label, choices, field_note,"
          + " validation, validation_min, validation_max, identifier, branching_logic, required,"
          + " custom_alignment, question_number, matrix_group, matrix_ranking, field_annotation";

  private final JdbcClient jdbc;

  RedcapRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the study's REDCap dictionary with these fields, in order. */
  void replaceDictionary(UUID studyId, List<DictionaryField> fields) {
    jdbc.sql("DELETE FROM study_redcap_field WHERE study_id = ?").param(studyId).update();
    int position = 0;
    for (DictionaryField f : fields) {
      List<Object> params = new java.util.ArrayList<>();
      params.add(studyId);
      params.add(position++);
      params.addAll(f.cells());
      jdbc.sql(
              "INSERT INTO study_redcap_field (study_id, position, "
                  + FIELD_COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(params)
          .update();
    }
  }

  /** The REDCap dictionary as imported, in order; empty when none was. */
  List<List<String>> dictionary(UUID studyId) {
    return jdbc.sql(
            "SELECT "
                + FIELD_COLUMNS
                + " FROM study_redcap_field WHERE study_id = ? ORDER BY position")
        .param(studyId)
        .query(
            (rs, n) -> {
              List<String> cells = new java.util.ArrayList<>();
              for (int i = 1; i <= DictionaryField.COLUMNS.size(); i++) {
                cells.add(rs.getString(i));
              }
              return List.copyOf(cells);
            })
        .list();
  }

  /** Where a variable sits on a data entry form. */
  record FormPlace(UUID variableId, String form, boolean required, String help) {}

  void placeOnForm(FormPlace place) {
    int updated =
        jdbc.sql(
                "UPDATE study_variable_form SET form_name = ?, required = ?, help_text = ?"
                    + " WHERE variable_id = ?")
            .params(place.form(), place.required(), place.help(), place.variableId())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO study_variable_form (variable_id, form_name, required, help_text)"
                  + " VALUES (?, ?, ?, ?)")
          .params(place.variableId(), place.form(), place.required(), place.help())
          .update();
    }
  }

  List<FormPlace> formPlaces(UUID studyId) {
    return jdbc.sql(
            "SELECT f.variable_id, f.form_name, f.required, f.help_text FROM study_variable_form f"
                + " JOIN study_variable v ON v.id = f.variable_id WHERE v.study_id = ?"
                + " ORDER BY v.position")
        .param(studyId)
        .query(
            (rs, n) ->
                new FormPlace(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getBoolean(3),
                    rs.getString(4)))
        .list();
  }

  /** One form's entry status: 0 incomplete, 1 unverified, 2 complete (REDCap's codes). */
  record FormStatus(UUID participantId, UUID waveId, String form, int status) {}

  void setFormStatus(FormStatus s, String actor, Instant at) {
    int updated =
        jdbc.sql(
                "UPDATE study_form_status SET status = ?, updated_by = ?, updated_at = ?"
                    + " WHERE participant_id = ? AND wave_id = ? AND form_name = ?")
            .params(s.status(), actor, Timestamp.from(at), s.participantId(), s.waveId(), s.form())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO study_form_status (participant_id, wave_id, form_name, status,"
                  + " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
          .params(s.participantId(), s.waveId(), s.form(), s.status(), actor, Timestamp.from(at))
          .update();
    }
  }

  List<FormStatus> formStatuses(UUID studyId) {
    return jdbc.sql(
            "SELECT s.participant_id, s.wave_id, s.form_name, s.status FROM study_form_status s"
                + " JOIN study_participant p ON p.id = s.participant_id WHERE p.study_id = ?")
        .param(studyId)
        .query(
            (rs, n) ->
                new FormStatus(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getInt(4)))
        .list();
  }
}
