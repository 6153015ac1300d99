package org.securebase.app.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.core.redcap.DictionaryField;
import org.springframework.stereotype.Component;

/**
 * A study in REDCap's formats, so a lab can move its data to REDCap: the data dictionary (the one
 * imported, unchanged, or one written from the study's own dictionary) and a "raw" record export,
 * de-identified like every export: record ids are keyed hashes, dates are shifted per participant,
 * identifier and free-text fields are left out unless their export was approved.
 */
@Component
class RedcapExport {

  static final String RECORD_ID = "record_id";

  private final StudyRepository repository;
  private final StudyDataRepository data;
  private final RedcapRepository redcap;

  RedcapExport(StudyRepository repository, StudyDataRepository data, RedcapRepository redcap) {
    this.repository = repository;
    this.data = data;
    this.redcap = redcap;
  }

  /** Writes redcap_dictionary.csv and redcap_records.csv of the included variables. */
  void write(
      Study study,
      List<StudyVariable> included,
      ExportSubset subset,
      Pseudonyms ids,
      ExportZip zip) {
    List<List<String>> stored = redcap.dictionary(study.id());
    List<List<String>> dictionary = stored.isEmpty() ? derived(study) : stored;
    try (ExportZip.Table t = zip.verbatimTable("redcap_dictionary.csv", DictionaryField.COLUMNS)) {
      dictionary.forEach(row -> t.row(row.toArray(String[]::new)));
    }
    String recordId = dictionary.get(0).get(0);
    Map<UUID, String> formOf = new HashMap<>();
    redcap.formPlaces(study.id()).forEach(p -> formOf.put(p.variableId(), p.form()));
    Set<String> forms = new LinkedHashSet<>();
    dictionary.forEach(row -> forms.add(row.get(1)));

    Map<String, String> statuses = statuses(study);
    List<String> header = new ArrayList<>(List.of(recordId, "redcap_event_name"));
    included.forEach(v -> header.add(v.name()));
    forms.forEach(f -> header.add(f + "_complete"));
    Map<UUID, Integer> columnOf = new HashMap<>();
    boolean[] isDate = new boolean[included.size()];
    for (int i = 0; i < included.size(); i++) {
      columnOf.put(included.get(i).id(), i);
      isDate[i] = included.get(i).type() == VariableType.DATE;
    }
    List<String> formList = List.copyOf(forms);
    try (ExportZip.Table t = zip.table("redcap_records.csv", header)) {
      WideRows rows =
          new WideRows(
              included.size(),
              (participant, wave, values) -> {
                String[] row = new String[header.size()];
                row[0] = ids.of(participant);
                row[1] = wave;
                for (int i = 0; i < values.length; i++) {
                  String v = values[i];
                  row[i + 2] =
                      v != null && isDate[i]
                          ? ids.shift(participant, LocalDate.parse(v)).toString()
                          : v;
                }
                for (int f = 0; f < formList.size(); f++) {
                  row[2 + values.length + f] =
                      statuses.get(participant + "/" + wave + "/" + formList.get(f));
                }
                t.row(row);
              });
      data.values(
          study.id(),
          rs -> {
            if (!subset.wave(rs.getString(2))) {
              return;
            }
            int column = columnOf.getOrDefault(rs.getObject(3, UUID.class), -1);
            String value = null;
            if (column >= 0) {
              byte[] sealed = rs.getBytes(6);
              value =
                  sealed == null ? rs.getString(5) : data.open(sealed, rs.getObject(4, UUID.class));
            }
            rows.add(rs.getString(1), rs.getString(2), column, value);
          });
      rows.finish();
    }
  }

  /** Form statuses by "participant code/wave name/form". */
  private Map<String, String> statuses(Study study) {
    Map<UUID, String> codes = new HashMap<>();
    repository.participants(study.id()).forEach(p -> codes.put(p.id(), p.code()));
    Map<UUID, String> waves = new HashMap<>();
    repository.waves(study.id()).forEach(w -> waves.put(w.id(), w.name()));
    Map<String, String> out = new HashMap<>();
    for (RedcapRepository.FormStatus s : redcap.formStatuses(study.id())) {
      out.put(
          codes.get(s.participantId()) + "/" + waves.get(s.waveId()) + "/" + s.form(),
          Integer.toString(s.status()));
    }
    return out;
  }

  /** A REDCap dictionary written from a study dictionary that did not come from REDCap. */
  private List<List<String>> derived(Study study) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(field(RECORD_ID, "Record ID", "text", "", "", "", false));
    for (StudyVariable v : repository.variables(study.id())) {
      String[] range = {"", ""};
      if (v.allowedValues() != null && v.allowedValues().contains("..")) {
        range = v.allowedValues().split("\\.\\.", -1);
      }
      List<String> row =
          switch (v.type()) {
            case INTEGER ->
                field(v.name(), v.label(), "text", "", "integer", range[0], v.identifier());
            case DECIMAL ->
                field(v.name(), v.label(), "text", "", "number", range[0], v.identifier());
            case DATE -> field(v.name(), v.label(), "text", "", "date_ymd", "", v.identifier());
            case CATEGORY ->
                field(
                    v.name(),
                    v.label(),
                    "dropdown",
                    String.join(
                        " | ", v.levels().stream().map(l -> l.code() + ", " + l.label()).toList()),
                    "",
                    "",
                    v.identifier());
            case TEXT ->
                field(
                    v.name(),
                    v.label(),
                    v.freeText() ? "notes" : "text",
                    "",
                    "",
                    "",
                    v.identifier());
          };
      if (!range[1].isEmpty()) {
        row = new ArrayList<>(row);
        row.set(9, range[1].strip());
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> field(
      String name,
      String label,
      String type,
      String choices,
      String validation,
      String min,
      boolean identifier) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < DictionaryField.COLUMNS.size(); i++) {
      row.add("");
    }
    row.set(0, name);
    row.set(1, "study_data");
    row.set(3, type);
    row.set(4, label);
    row.set(5, choices);
    row.set(7, validation);
    row.set(8, min.strip());
    row.set(10, identifier ? "y" : "");
    return row;
  }
}
