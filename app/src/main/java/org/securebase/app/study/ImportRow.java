package org.securebase.app.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.securebase.app.study.ImportReport.Problem;

/** A data row being checked: its cells, its problems, and the write to do when it is clean. */
final class ImportRow {
  final int line;
  final Map<String, String> cells;
  final List<Problem> problems;
  boolean hasProblems;
  Consumer<ImportTally> write;

  ImportRow(int line, Map<String, String> cells, List<Problem> problems) {
    this.line = line;
    this.cells = cells;
    this.problems = problems;
  }

  String get(String column) {
    return cells.getOrDefault(column, "");
  }

  void problem(String column, String reason) {
    problem(column, reason, true);
  }

  void problem(String column, String reason, boolean showValue) {
    String value = cells.get(column);
    String shown =
        showValue && value != null && !value.isBlank() ? " (\"" + clip(value.strip()) + "\")" : "";
    problems.add(new Problem(line, column, reason + shown));
    hasProblems = true;
  }

  String name(String column, String pattern, String hint) {
    String v = get(column).strip();
    if (v.isEmpty()) {
      problem(column, "is required");
      return null;
    }
    if (!v.matches(pattern)) {
      problem(column, "not a valid name: " + hint);
      return null;
    }
    return v;
  }

  String text(String column, int max, boolean required) {
    String v = present(column, required);
    if (v == null) {
      return null;
    }
    if (v.length() > max) {
      problem(column, "longer than " + max + " characters", false);
      return null;
    }
    return v;
  }

  boolean flag(String column) {
    String v = get(column).strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "", "no", "false", "0", "n" -> false;
      case "yes", "true", "1", "y" -> true;
      default -> {
        problem(column, "value outside the allowed set (yes or no)");
        yield false;
      }
    };
  }

  /** The stripped cell, or null when it is blank (a problem when the column is required). */
  private String present(String column, boolean required) {
    String v = get(column).strip();
    if (v.isEmpty()) {
      if (required) {
        problem(column, "is required");
      }
      return null;
    }
    return v;
  }

  Double decimal(String column, double min, double max, boolean required) {
    String v = present(column, required);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d) || d < min || d > max) {
        problem(column, "outside the allowed range " + fmt(min) + " to " + fmt(max));
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      problem(column, "not a number (use a point as decimal mark)");
      return null;
    }
  }

  Integer integer(String column, int min, int max, boolean required) {
    String v = present(column, required);
    if (v == null) {
      return null;
    }
    try {
      int i = Integer.parseInt(v);
      if (i < min || i > max) {
        problem(column, "outside the allowed range " + min + " to " + max);
        return null;
      }
      return i;
    } catch (NumberFormatException e) {
      problem(column, "not a whole number");
      return null;
    }
  }

  LocalDate date(String column, boolean required) {
    String v = present(column, required);
    if (v == null) {
      return null;
    }
    try {
      return VariableType.parseDate(v);
    } catch (IllegalArgumentException e) {
      problem(column, e.getMessage());
      return null;
    }
  }

  Participant participant(ImportContext ctx) {
    String code = get("participant_id").strip();
    if (code.isEmpty()) {
      problem("participant_id", "is required");
      return null;
    }
    Participant p = ctx.participants.get(code);
    if (p == null) {
      problem(
          "participant_id",
          "unknown id: not a participant of this study (import participants first)");
    }
    return p;
  }

  StudyWave wave(ImportContext ctx) {
    String name = get("wave").strip();
    if (name.isEmpty()) {
      problem("wave", "is required");
      return null;
    }
    StudyWave w = ctx.waves.get(name);
    if (w == null) {
      problem("wave", "unknown wave: not a wave of this study (import waves first)");
    }
    return w;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
