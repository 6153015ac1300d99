package org.securebase.app.study;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.study.DataEntry.Choice;
import org.securebase.app.study.DataEntry.Field;

/**
 * A data-entry form's fields: each variable as the form shows it, and the check of typed values.
 */
final class EntryFields {

  private EntryFields() {}

  /**
   * Checks each typed value against its variable, putting the canonical values in {@code values}
   * and every field (with its problem, if any) in {@code fields}; true when any field is refused.
   */
  static boolean check(
      List<StudyVariable> variables,
      Map<String, String> typed,
      boolean markComplete,
      Map<UUID, Boolean> required,
      Map<UUID, String> help,
      Map<UUID, String> values,
      List<Field> fields) {
    boolean refused = false;
    for (StudyVariable v : variables) {
      String raw = typed.getOrDefault(v.name(), "");
      String problem = null;
      String detail = null;
      if (raw.isBlank()) {
        if (markComplete && required.getOrDefault(v.id(), false)) {
          problem = "research.entry.required";
        }
      } else {
        try {
          values.put(v.id(), v.canonical(raw));
        } catch (IllegalArgumentException e) {
          // The same reason an import report gives for the same value.
          problem = "research.entry.refusedValue";
          detail = e.getMessage();
        }
      }
      refused |= problem != null;
      fields.add(field(v, required, help, raw, problem, detail));
    }
    return refused;
  }

  static Field field(
      StudyVariable v,
      Map<UUID, Boolean> required,
      Map<UUID, String> help,
      String value,
      String problemKey,
      String problemDetail) {
    String min = null;
    String max = null;
    if ((v.type() == VariableType.INTEGER || v.type() == VariableType.DECIMAL)
        && v.allowedValues() != null
        && v.allowedValues().contains("..")) {
      String[] r = v.allowedValues().split("\\.\\.", -1);
      min = r[0].strip();
      max = r[1].strip();
    }
    return new Field(
        v.name(),
        v.label(),
        v.type().code(),
        min,
        max,
        v.levels().stream().map(l -> new Choice(l.code(), l.label())).toList(),
        required.getOrDefault(v.id(), false),
        help.get(v.id()),
        v.units(),
        v.sensitive(),
        value == null ? "" : value,
        problemKey,
        problemDetail);
  }
}
