package org.securebase.app.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A variable of the study's data dictionary, collected per wave.
 *
 * <p>Allowed values: for a category, codes separated by {@code |}, each optionally with a label
 * ({@code 1=never|2=sometimes|3=often}); for an integer or decimal, an optional range {@code
 * 0..10}; nothing for text and dates. Identifier and free-text variables are stored encrypted and
 * left out of exports unless the researcher asks for them.
 */
public record StudyVariable(
    UUID id,
    String name,
    String label,
    VariableType type,
    String allowedValues,
    String units,
    boolean identifier,
    boolean freeText,
    int position) {

  /** A category level: the code stored and exported, and its label (the code when none given). */
  record Level(String code, String label) {}

  /** True when values are kept only as ciphertext: identifiers and free text. */
  boolean sensitive() {
    return identifier || freeText;
  }

  /** The category levels, in the order given. */
  List<Level> levels() {
    List<Level> levels = new ArrayList<>();
    if (type != VariableType.CATEGORY || allowedValues == null || allowedValues.isBlank()) {
      return levels;
    }
    for (String part : allowedValues.split("\\|")) {
      int eq = part.indexOf('=');
      String code = (eq < 0 ? part : part.substring(0, eq)).strip();
      String lab = (eq < 0 ? code : part.substring(eq + 1)).strip();
      levels.add(new Level(code, lab));
    }
    return levels;
  }

  /**
   * Checks a dictionary entry's allowed values against its type.
   *
   * @throws IllegalArgumentException with the reason
   */
  static void checkAllowedValues(VariableType type, String allowed) {
    boolean blank = allowed == null || allowed.isBlank();
    switch (type) {
      case CATEGORY -> {
        if (blank) {
          throw new IllegalArgumentException(
              "a category needs its allowed values, e.g. 1=no|2=yes");
        }
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (String part : allowed.split("\\|", -1)) {
          int eq = part.indexOf('=');
          String code = (eq < 0 ? part : part.substring(0, eq)).strip();
          String lab = (eq < 0 ? code : part.substring(eq + 1)).strip();
          if (code.isEmpty() || lab.isEmpty()) {
            throw new IllegalArgumentException("an empty code or label in \"" + allowed + "\"");
          }
          if (!codes.add(code) || !labels.add(lab)) {
            throw new IllegalArgumentException(
                "a code or label appears twice in \"" + allowed + "\"");
          }
        }
      }
      case INTEGER, DECIMAL -> {
        if (!blank) {
          range(type, allowed);
        }
      }
      default -> {
        if (!blank) {
          throw new IllegalArgumentException(
              "allowed values are given only for categories and numbers");
        }
      }
    }
  }

  private static BigDecimal[] range(VariableType type, String allowed) {
    String[] parts = allowed.strip().split("\\.\\.", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("a range is written min..max, e.g. 0..10");
    }
    try {
      BigDecimal min = new BigDecimal(parts[0].strip());
      BigDecimal max = new BigDecimal(parts[1].strip());
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException("range " + allowed + " has min above max");
      }
      return new BigDecimal[] {min, max};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a range is written min..max, e.g. 0..10");
    }
  }

  /**
   * The canonical stored form of a value for this variable.
   *
   * @throws IllegalArgumentException with the reason, for the import report
   */
  String canonical(String raw) {
    String v = type.canonical(raw);
    if (type == VariableType.CATEGORY) {
      for (Level level : levels()) {
        if (level.code().equals(v)) {
          return v;
        }
      }
      throw new IllegalArgumentException(
          "value outside the allowed set ("
              + String.join(", ", levels().stream().map(Level::code).toList())
              + ")");
    }
    if ((type == VariableType.INTEGER || type == VariableType.DECIMAL)
        && allowedValues != null
        && !allowedValues.isBlank()) {
      BigDecimal[] r = range(type, allowedValues);
      BigDecimal d = new BigDecimal(v);
      if (d.compareTo(r[0]) < 0 || d.compareTo(r[1]) > 0) {
        throw new IllegalArgumentException("value outside the allowed range " + allowedValues);
      }
    }
    return v;
  }
}
