package org.securebase.app.study;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readers shipped in every export, beside the CSV files: R and Python read the dictionary at
 * run time; Stata and SPSS syntax cannot do that comfortably, so theirs is written from the
 * dictionary of this export, as REDCap writes its own Stata and SPSS syntax files.
 *
 * <p>Numeric category codes get value labels in both; a category with other codes (wave names, the
 * Strange Situation's A/B/C/D) stays a string whose variable label lists its levels.
 */
final class ReaderScripts {

  /** The longest variable name Stata accepts. */
  static final int STATA_NAME_LIMIT = 32;

  private ReaderScripts() {}

  /** A reader shipped as a file, e.g. {@code read_study.py}. */
  static String resource(String name) {
    try (InputStream in = ReaderScripts.class.getResourceAsStream("/study/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stata 14 or later: one .dta per table, with variable labels and value labels. */
  static String stata(List<StudyExport.Column> dictionary) {
    StringBuilder out = new StringBuilder();
    out.append("* read_study.do: reads this SecureBase export into Stata (14 or later).\n")
        .append("* Run it in the unzipped folder: do read_study.do\n")
        .append("* It writes one .dta file per table, with variable and value labels.\n")
        .append("version 14\n");
    for (Map.Entry<String, List<StudyExport.Column>> table : byTable(dictionary).entrySet()) {
      String t = table.getKey();
      out.append("\n* ").append(t).append('\n');
      out.append("import delimited using \"")
          .append(t)
          .append(".csv\", clear varnames(1) stringcols(_all) encoding(\"utf-8\")")
          .append(" bindquote(strict)\n");
      for (StudyExport.Column c : table.getValue()) {
        String v = c.variable();
        if (v.length() > STATA_NAME_LIMIT) {
          // Stata names hold at most 32 characters; import delimited gives such a column a name
          // of its own, so the label cannot be set by name here. Said, not skipped silently.
          out.append("* ")
              .append(v)
              .append(": longer than Stata's 32-character names; its label is \"")
              .append(quoted(c.label(), 80))
              .append("\"\n");
          continue;
        }
        out.append("capture confirm variable ").append(v).append('\n');
        out.append("if !_rc {\n");
        switch (c.type()) {
          case "integer" -> out.append("  destring ").append(v).append(", replace\n");
          case "decimal" ->
              out.append("  replace ")
                  .append(v)
                  .append(" = \"\" if ")
                  .append(v)
                  .append(" == \"NS\"\n  destring ")
                  .append(v)
                  .append(", replace\n");
          case "date" ->
              out.append("  generate double sb_d = date(")
                  .append(v)
                  .append(", \"YMD\")\n  drop ")
                  .append(v)
                  .append("\n  rename sb_d ")
                  .append(v)
                  .append("\n  format ")
                  .append(v)
                  .append(" %td\n");
          case "category" -> stataCategory(out, c);
          default -> {}
        }
        out.append("  label variable ")
            .append(v)
            .append(" \"")
            .append(quoted(c.label(), 80))
            .append("\"\n}\n");
      }
      out.append("save \"").append(t).append(".dta\", replace\n");
    }
    return out.toString();
  }

  private static void stataCategory(StringBuilder out, StudyExport.Column c) {
    List<String[]> levels = levels(c.allowed());
    if (!numeric(levels)) {
      return;
    }
    String v = c.variable();
    out.append("  destring ").append(v).append(", replace\n");
    out.append("  label define ").append(v).append("_lbl");
    for (String[] l : levels) {
      out.append(' ').append(l[0]).append(" \"").append(quoted(l[1], 80)).append('"');
    }
    out.append(", replace\n  label values ").append(v).append(' ').append(v).append("_lbl\n");
  }

  /** SPSS (or GNU PSPP) syntax that reads values.csv with its labels and saves values.sav. */
  static String spss(List<StudyExport.Column> dictionary) {
    List<StudyExport.Column> values = byTable(dictionary).getOrDefault("values", List.of());
    StringBuilder out = new StringBuilder();
    out.append("* read_study.sps: reads values.csv of this SecureBase export into SPSS or PSPP.\n")
        .append("* Run it in the unzipped folder; it saves values.sav with labels.\n")
        .append("GET DATA /TYPE=TXT /FILE=\"values.csv\" /ENCODING=\"UTF8\"\n")
        .append("  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=\",\"")
        .append(" /QUALIFIER='\"'\n  /VARIABLES=");
    for (StudyExport.Column c : values) {
      out.append("\n    ").append(c.variable()).append(' ').append(spssFormat(c));
    }
    out.append(".\n");
    out.append("VARIABLE LABELS");
    for (StudyExport.Column c : values) {
      out.append("\n  ")
          .append(c.variable())
          .append(" \"")
          .append(quoted(c.label(), 250))
          .append('"');
    }
    out.append(".\n");
    for (StudyExport.Column c : values) {
      List<String[]> levels = levels(c.allowed());
      if (c.type().equals("category") && numeric(levels)) {
        out.append("VALUE LABELS ").append(c.variable());
        for (String[] l : levels) {
          out.append(' ').append(l[0]).append(" \"").append(quoted(l[1], 120)).append('"');
        }
        out.append(".\n");
      }
    }
    out.append("SAVE OUTFILE=\"values.sav\".\n");
    return out.toString();
  }

  private static String spssFormat(StudyExport.Column c) {
    return switch (c.type()) {
      case "integer" -> "F10.0";
      case "decimal" -> "F12.4";
      case "date" -> "SDATE10";
      case "category" -> numeric(levels(c.allowed())) ? "F10.0" : "A60";
      default -> "A1000";
    };
  }

  private static Map<String, List<StudyExport.Column>> byTable(List<StudyExport.Column> columns) {
    Map<String, List<StudyExport.Column>> tables = new LinkedHashMap<>();
    columns.forEach(c -> tables.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c));
    return tables;
  }

  private static List<String[]> levels(String allowed) {
    List<String[]> levels = new ArrayList<>();
    if (allowed == null || allowed.isBlank() || allowed.contains("..")) {
      return levels;
    }
    for (String part : allowed.split("\\|")) {
      int eq = part.indexOf('=');
      String code = (eq < 0 ? part : part.substring(0, eq)).strip();
      levels.add(new String[] {code, (eq < 0 ? code : part.substring(eq + 1)).strip()});
    }
    return levels;
  }

  private static boolean numeric(List<String[]> levels) {
    return !levels.isEmpty() && levels.stream().allMatch(l -> l[0].matches("-?\\d{1,9}"));
  }

  private static String quoted(String text, int max) {
    String s = text.replace('"', '\'').replace('\n', ' ').replace('\r', ' ');
    return s.length() <= max ? s : s.substring(0, max);
  }
}
