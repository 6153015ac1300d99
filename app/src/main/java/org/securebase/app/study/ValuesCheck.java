package org.securebase.app.study;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of data-dictionary values of a participant at a wave; the value of an identifier or
 * free-text field is never echoed into the report.
 */
final class ValuesCheck implements ImportCheck {

  private final StudyDataRepository data;

  ValuesCheck(StudyDataRepository data) {
    this.data = data;
  }

  @Override
  public String check(ImportContext ctx, ImportRow row) {
    Participant p = row.participant(ctx);
    StudyWave w = row.wave(ctx);
    Map<StudyVariable, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> cell : row.cells.entrySet()) {
      StudyVariable v = ctx.variables.get(cell.getKey());
      if (v == null || cell.getValue().isBlank()) {
        continue;
      }
      try {
        values.put(v, v.canonical(cell.getValue()));
      } catch (IllegalArgumentException e) {
        // The value of an identifier or free-text field is never echoed into the report.
        row.problem(v.name(), e.getMessage(), !v.sensitive());
      }
    }
    if (p == null || w == null) {
      return null;
    }
    if (!row.hasProblems) {
      row.write =
          tally ->
              values.forEach((v, value) -> tally.add(data.upsertValue(p.id(), w.id(), v, value)));
    }
    return p.code() + "\u0000" + w.name();
  }
}
