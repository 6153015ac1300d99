package org.securebase.app.study;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.core.redcap.BranchingLogic;

/**
 * The fields of a data entry form as shown, and which of them the study's REDCap branching logic
 * hides. A hidden field is not required, and its value is not kept (REDCap erases it too); a field
 * whose logic cannot be read is always shown, never hidden on a guess.
 *
 * <p>The logic comes from the "Branching Logic" column of the REDCap dictionary the study imported;
 * a checkbox option variable ({@code supports___2}) follows its field's logic.
 */
final class FormFields {

  /** The column of a REDCap dictionary row that holds the field name and the branching logic. */
  private static final int FIELD_NAME = 0;

  private static final int BRANCHING_LOGIC = 11;

  private final Map<String, BranchingLogic> logic;

  private FormFields(Map<String, BranchingLogic> logic) {
    this.logic = logic;
  }

  /**
   * The branching logic of the study's variables, from its REDCap dictionary rows (may be empty).
   */
  static FormFields of(List<List<String>> redcapDictionary, List<StudyVariable> variables) {
    Map<String, String> byField = new HashMap<>();
    for (List<String> row : redcapDictionary) {
      String text = row.get(BRANCHING_LOGIC);
      if (text != null && !text.isBlank()) {
        byField.put(row.get(FIELD_NAME), text);
      }
    }
    Map<String, BranchingLogic> logic = new LinkedHashMap<>();
    for (StudyVariable v : variables) {
      String text = byField.get(v.name());
      int option = v.name().lastIndexOf("___");
      if (text == null && option > 0) {
        text = byField.get(v.name().substring(0, option));
      }
      if (text != null) {
        try {
          logic.put(v.name(), BranchingLogic.parse(text));
        } catch (IllegalArgumentException unreadable) {
          // Shown always: hiding a field on logic we cannot read could lose data.
        }
      }
    }
    return new FormFields(logic);
  }

  /** The logic that shows the variable, or {@link BranchingLogic#ALWAYS}. */
  BranchingLogic logicOf(String variable) {
    return logic.getOrDefault(variable, BranchingLogic.ALWAYS);
  }

  /**
   * The variables of {@code onForm} that the logic hides, given the record's values by variable
   * name. A hidden field counts as blank for the logic of the others, so hiding cascades.
   */
  Set<String> hidden(List<StudyVariable> onForm, Map<String, String> values) {
    Map<String, String> seen = new HashMap<>(values);
    Set<String> hidden = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (StudyVariable v : onForm) {
        if (!hidden.contains(v.name()) && !logicOf(v.name()).shows(seen)) {
          hidden.add(v.name());
          seen.remove(v.name());
          changed = true;
        }
      }
    }
    return hidden;
  }

  /** A field as shown, with what is stored or was typed and its problem if refused. */
  DataEntry.Field field(
      StudyVariable v,
      Map<UUID, Boolean> required,
      Map<UUID, String> help,
      String value,
      String problemKey,
      String problemDetail,
      boolean hidden) {
    String min = null;
    String max = null;
    if ((v.type() == VariableType.INTEGER || v.type() == VariableType.DECIMAL)
        && v.allowedValues() != null
        && v.allowedValues().contains("..")) {
      String[] r = v.allowedValues().split("\\.\\.", -1);
      min = r[0].strip();
      max = r[1].strip();
    }
    return new DataEntry.Field(
        v.name(),
        v.label(),
        v.type().code(),
        min,
        max,
        v.levels().stream().map(l -> new DataEntry.Choice(l.code(), l.label())).toList(),
        required.getOrDefault(v.id(), false),
        help.get(v.id()),
        v.units(),
        v.sensitive(),
        value == null ? "" : value,
        problemKey,
        problemDetail,
        logicOf(v.name()).text(),
        hidden);
  }
}
