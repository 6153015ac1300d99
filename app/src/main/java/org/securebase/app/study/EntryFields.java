package org.securebase.app.study;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.study.DataEntry.Field;

/**
 * A data-entry form's fields: each variable as the form shows it, and the check of typed values.
 */
final class EntryFields {

  private EntryFields() {}

  /**
   * Checks each typed value against its variable, putting the canonical values in {@code values}
   * and every field (with its problem, if any) in {@code fields}; true when any field is refused. A
   * field that branching logic hides is neither checked nor required, and its value is not kept.
   */
  static boolean check(
      List<StudyVariable> variables,
      Map<String, String> typed,
      boolean markComplete,
      Map<UUID, Boolean> required,
      Map<UUID, String> help,
      Map<UUID, String> values,
      List<Field> fields,
      FormFields shown,
      Set<String> hidden) {
    boolean refused = false;
    for (StudyVariable v : variables) {
      String raw = typed.getOrDefault(v.name(), "");
      if (hidden.contains(v.name())) {
        fields.add(shown.field(v, required, help, null, null, null, true));
        continue;
      }
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
      fields.add(shown.field(v, required, help, raw, problem, detail, false));
    }
    return refused;
  }
}
