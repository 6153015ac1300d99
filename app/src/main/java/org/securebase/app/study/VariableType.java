package org.securebase.app.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.securebase.app.kernel.InputRules;

/** The value types a data dictionary variable can have, and how a typed value is checked. */
public enum VariableType {
  INTEGER,
  DECIMAL,
  TEXT,
  DATE,
  CATEGORY;

  /** Longest accepted text value. */
  static final int MAX_TEXT = 1000;

  /** The name used in dictionary files and in R: {@code integer}, {@code decimal} ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static VariableType fromCode(String code) {
    for (VariableType t : values()) {
      if (t.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "\"" + code + "\" is not a type (integer, decimal, text, date or category)");
  }

  /**
   * The canonical stored form of a value typed by a person.
   *
   * @throws IllegalArgumentException with a reason for the import report
   */
  String canonical(String raw) {
    String v = raw.strip();
    switch (this) {
      case INTEGER -> {
        try {
          return Long.toString(Long.parseLong(v));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a whole number");
        }
      }
      case DECIMAL -> {
        try {
          BigDecimal d = new BigDecimal(v);
          return d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a number (use a point as decimal mark)");
        }
      }
      case DATE -> {
        return parseDate(v).toString();
      }
      case TEXT -> {
        if (raw.length() > MAX_TEXT) {
          throw new IllegalArgumentException("longer than " + MAX_TEXT + " characters");
        }
        return raw;
      }
      default -> {
        return v;
      }
    }
  }

  /** Dates are ISO 8601 calendar dates only: 2024-03-31. */
  static LocalDate parseDate(String v) {
    if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("date in the wrong format (use YYYY-MM-DD)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a calendar date");
    }
    if (!InputRules.isSupported(date)) {
      throw new IllegalArgumentException(
          "outside the allowed range " + InputRules.EARLIEST + " to " + InputRules.LATEST);
    }
    return date;
  }
}
