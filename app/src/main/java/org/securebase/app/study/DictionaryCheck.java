package org.securebase.app.study;

import java.util.Set;
import java.util.UUID;
import org.securebase.app.study.StudyDataRepository.Change;

/**
 * A data-dictionary row: a variable, its type, allowed values and flags; a type cannot change while
 * values are stored.
 */
final class DictionaryCheck implements ImportCheck {

  private static final Set<String> RESERVED = Set.of("participant_id", "participant", "wave");

  private final StudyRepository repository;

  DictionaryCheck(StudyRepository repository) {
    this.repository = repository;
  }

  @Override
  public String check(ImportContext ctx, ImportRow row) {
    String name =
        row.name(
            "variable",
            "[a-z][a-z0-9_]{0,59}",
            "use lower-case letters, digits and _, starting with a letter");
    String label = row.text("label", 200, true);
    VariableType type = null;
    try {
      type = VariableType.fromCode(row.get("type"));
    } catch (IllegalArgumentException e) {
      row.problem("type", e.getMessage());
    }
    String allowed = ImportRow.blankToNull(row.get("allowed_values"));
    if (type != null) {
      try {
        StudyVariable.checkAllowedValues(type, allowed);
      } catch (IllegalArgumentException e) {
        row.problem("allowed_values", e.getMessage());
      }
    }
    String units = row.text("units", 40, false);
    boolean identifier = row.flag("identifier");
    boolean freeText = row.flag("free_text");
    if (name == null) {
      return null;
    }
    if (RESERVED.contains(name)) {
      row.problem("variable", "\"" + name + "\" is a reserved column name");
    }
    StudyVariable old = ctx.variables.get(name);
    if (old != null && type != null && old.type() != type && repository.valueCount(old.id()) > 0) {
      row.problem("type", "cannot change from " + old.type().code() + " while values are stored");
    }
    if (!row.hasProblems) {
      StudyVariable v =
          new StudyVariable(
              old == null ? UUID.randomUUID() : old.id(),
              name,
              label,
              type,
              allowed,
              units,
              identifier,
              freeText,
              row.line);
      row.write = tally -> tally.add(store(ctx.study.id(), old, v));
    }
    return name;
  }

  private Change store(UUID studyId, StudyVariable old, StudyVariable v) {
    if (old == null) {
      repository.insertVariable(studyId, v);
      return Change.INSERTED;
    }
    if (old.equals(v)) {
      return Change.UNCHANGED;
    }
    repository.updateVariable(v);
    return Change.UPDATED;
  }
}
