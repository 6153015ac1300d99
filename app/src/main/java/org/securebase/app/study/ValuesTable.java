package org.securebase.app.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The values table: pivots values to one row per participant and wave, hashes the participant and
 * shifts dates. Used by the export and, over a generated stream, by the volume test.
 */
final class ValuesTable {
  private final WideRows rows;

  ValuesTable(List<StudyVariable> included, Pseudonyms ids, ExportZip.Table table) {
    boolean[] isDate = new boolean[included.size()];
    for (int i = 0; i < isDate.length; i++) {
      isDate[i] = included.get(i).type() == VariableType.DATE;
    }
    this.rows =
        new WideRows(
            included.size(),
            (participant, wave, values) -> {
              String[] row = new String[values.length + 2];
              row[0] = ids.of(participant);
              row[1] = wave;
              for (int i = 0; i < values.length; i++) {
                String v = values[i];
                row[i + 2] =
                    v != null && isDate[i]
                        ? ids.shift(participant, LocalDate.parse(v)).toString()
                        : v;
              }
              table.row(row);
            });
  }

  void add(String participant, String wave, int column, String value) {
    rows.add(participant, wave, column, value);
  }

  void finish() {
    rows.finish();
  }

  /** The header of values.csv: participant, wave and the included variables. */
  static List<String> header(List<StudyVariable> included) {
    List<String> header = new ArrayList<>(List.of("participant", "wave"));
    included.forEach(v -> header.add(v.name()));
    return header;
  }
}
