package org.securebase.core.redcap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A REDCap data dictionary: every field of a project, in order, each row kept exactly as read so
 * the dictionary can be written back unchanged, and its translation into a SecureBase study
 * dictionary.
 *
 * <p>The translation, field type by field type (REDCap's own type names):
 *
 * <ul>
 *   <li>{@code text}: validation {@code integer} becomes an integer, {@code number} and {@code
 *       number_Ndp} a decimal, {@code date_ymd}/{@code date_mdy}/{@code date_dmy} a date; "Text
 *       Validation Min/Max" become the allowed range of numbers. Any other text is free text, and
 *       {@code email} and {@code phone} are treated as identifiers whatever the Identifier? column
 *       says, because they identify a person.
 *   <li>{@code notes} is free text. Free text is left out of exports unless identifiers and free
 *       text were approved, so a text field is safe by default.
 *   <li>{@code radio} and {@code dropdown} become categories with the field's choices; {@code
 *       yesno} is 1=Yes|0=No and {@code truefalse} 1=True|0=False, as REDCap stores them.
 *   <li>{@code checkbox} becomes one 0/1 category per choice, named {@code field___code} exactly as
 *       REDCap names the columns of its record export.
 *   <li>{@code calc} becomes a decimal, {@code slider} an integer from 0 to 100, {@code sql} free
 *       text. {@code descriptive} and {@code file} fields hold no data here: they are kept in the
 *       dictionary (and so in a REDCap export of it) but become no variable.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class DataDictionary {

  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,99}");
  private static final Set<String> FIELD_TYPES =
      Set.of(
          "text",
          "notes",
          "radio",
          "dropdown",
          "checkbox",
          "yesno",
          "truefalse",
          "calc",
          "slider",
          "file",
          "descriptive",
          "sql");

  /** Longest label SecureBase shows; the REDCap row keeps the whole label. */
  static final int MAX_LABEL = 200;

  /** Longest variable name in a SecureBase study dictionary. */
  static final int MAX_VARIABLE = 60;

  private final List<DictionaryField> fields;

  private DataDictionary(List<DictionaryField> fields) {
    this.fields = List.copyOf(fields);
  }

  /** The outcome of reading a dictionary file: the dictionary when clean, and every problem. */
  public record Reading(DataDictionary dictionary, List<RedcapProblem> problems) {
    public Reading {
      problems = List.copyOf(problems);
    }

    public boolean clean() {
      return problems.isEmpty();
    }
  }

  /**
   * Reads a dictionary file's records, the header first. Every problem is listed (line and REDCap
   * column); the dictionary is given only when there is none.
   */
  public static Reading read(List<RedcapRow> records) {
    List<RedcapProblem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      problems.add(new RedcapProblem(1, "", "the file is empty: REDCap's header row is needed"));
      return new Reading(null, problems);
    }
    int expected = DictionaryField.COLUMNS.size();
    checkHeader(records.get(0), problems);
    if (!problems.isEmpty()) {
      return new Reading(null, problems);
    }
    List<DictionaryField> fields = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    Set<String> variables = new LinkedHashSet<>();
    for (RedcapRow row : records.subList(1, records.size())) {
      if (row.cells().size() != expected) {
        problems.add(
            new RedcapProblem(
                row.line(),
                "",
                "has " + row.cells().size() + " fields where the header has " + expected));
        continue;
      }
      DictionaryField f = DictionaryField.of(row.cells());
      checkField(row.line(), f, problems);
      Integer first = seen.putIfAbsent(f.fieldName(), row.line());
      if (first != null) {
        problems.add(
            new RedcapProblem(
                row.line(),
                DictionaryField.COLUMNS.get(0),
                "\"" + f.fieldName() + "\" is already defined on line " + first));
      }
      for (String v : first != null ? List.<String>of() : variableNames(f)) {
        if (!variables.add(v)) {
          problems.add(
              new RedcapProblem(
                  row.line(), DictionaryField.COLUMNS.get(0), "variable " + v + " comes twice"));
        }
      }
      fields.add(f);
    }
    if (fields.isEmpty() && problems.isEmpty()) {
      problems.add(new RedcapProblem(2, "", "the dictionary has no fields"));
    }
    return new Reading(problems.isEmpty() ? new DataDictionary(fields) : null, problems);
  }

  /** REDCap's 18 columns, in REDCap's order. */
  private static void checkHeader(RedcapRow headerRow, List<RedcapProblem> problems) {
    int expected = DictionaryField.COLUMNS.size();
    List<String> header = headerRow.cells().stream().map(String::strip).toList();
    for (int i = 0; i < Math.min(header.size(), expected); i++) {
      if (!header.get(i).equalsIgnoreCase(DictionaryField.COLUMNS.get(i))) {
        problems.add(
            new RedcapProblem(
                1,
                header.get(i),
                "column "
                    + (i + 1)
                    + " should be \""
                    + DictionaryField.COLUMNS.get(i)
                    + "\" (a REDCap data dictionary has 18 columns in a fixed order)"));
      }
    }
    if (header.size() != expected) {
      problems.add(
          new RedcapProblem(
              1,
              "",
              "has " + header.size() + " columns where a REDCap dictionary has " + expected));
    }
  }

  private static void checkField(int line, DictionaryField f, List<RedcapProblem> problems) {
    List<String> c = DictionaryField.COLUMNS;
    if (!FIELD_NAME.matcher(f.fieldName()).matches()) {
      problems.add(
          new RedcapProblem(
              line,
              c.get(0),
              "\""
                  + f.fieldName()
                  + "\" is not a REDCap field name (lower-case letters, digits and _,"
                  + " starting with a letter)"));
    }
    if (f.formName().isBlank()) {
      problems.add(new RedcapProblem(line, c.get(1), "every field needs its form name"));
    }
    String type = f.fieldType().strip().toLowerCase(Locale.ROOT);
    if (!FIELD_TYPES.contains(type)) {
      problems.add(
          new RedcapProblem(
              line, c.get(3), "\"" + f.fieldType() + "\" is not a REDCap field type"));
      return;
    }
    if (hasChoices(type)) {
      try {
        List<Choice> choices = Choice.parse(f.choices());
        if (type.equals("checkbox")) {
          for (Choice choice : choices) {
            String name = f.fieldName() + "___" + choice.code().toLowerCase(Locale.ROOT);
            if (name.length() > MAX_VARIABLE || choice.code().startsWith("-")) {
              problems.add(
                  new RedcapProblem(
                      line,
                      c.get(5),
                      "checkbox column "
                          + name
                          + " is too long or has a negative code for a SecureBase variable"));
            }
          }
        }
      } catch (IllegalArgumentException e) {
        problems.add(new RedcapProblem(line, c.get(5), e.getMessage()));
      }
    } else if (f.fieldName().length() > MAX_VARIABLE && holdsData(type)) {
      problems.add(
          new RedcapProblem(
              line, c.get(0), "longer than " + MAX_VARIABLE + " characters, the study's limit"));
    }
    checkRange(line, f, c, problems);
  }

  private static void checkRange(
      int line, DictionaryField f, List<String> c, List<RedcapProblem> problems) {
    String kind = typeOf(f);
    if (!kind.equals("integer") && !kind.equals("decimal")) {
      return;
    }
    for (int i : new int[] {8, 9}) {
      String bound = f.cells().get(i).strip();
      if (!bound.isEmpty() && !bound.matches("-?\\d+(\\.\\d+)?")) {
        problems.add(new RedcapProblem(line, c.get(i), "\"" + bound + "\" is not a number"));
      }
    }
  }

  private static boolean hasChoices(String type) {
    return type.equals("radio") || type.equals("dropdown") || type.equals("checkbox");
  }

  private static boolean holdsData(String type) {
    return !type.equals("descriptive") && !type.equals("file");
  }

  /** The fields, in dictionary order, exactly as read. */
  public List<DictionaryField> fields() {
    return fields;
  }

  /** The record id field: REDCap's first field. */
  public String recordIdField() {
    return fields.get(0).fieldName();
  }

  /** The forms (instruments) in dictionary order. */
  public List<String> forms() {
    return fields.stream().map(DictionaryField::formName).distinct().toList();
  }

  /** The rows to write back: the header, then every field's cells. */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(DictionaryField.COLUMNS);
    fields.forEach(f -> rows.add(f.cells()));
    return rows;
  }

  /**
   * The study dictionary this REDCap dictionary becomes, as rows of SecureBase's own dictionary
   * file ({@code variable, label, type, allowed_values, units, identifier, free_text, form,
   * required, help}), each carrying the line of the REDCap row it came from. The record id field
   * becomes the participant id, not a variable.
   */
  public List<NativeRow> studyDictionary(List<Integer> lines) {
    List<NativeRow> rows = new ArrayList<>();
    for (int i = 1; i < fields.size(); i++) {
      DictionaryField f = fields.get(i);
      int line = i < lines.size() ? lines.get(i) : i + 2;
      for (Map<String, String> cells : variables(f)) {
        rows.add(new NativeRow(line, cells));
      }
    }
    return rows;
  }

  /** The SecureBase variable names a field becomes (none, one, or one per checkbox choice). */
  static List<String> variableNames(DictionaryField f) {
    try {
      return variables(f).stream().map(v -> v.get("variable")).toList();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /** The set of every column a record export of this dictionary may hold for data. */
  public Set<String> dataColumns() {
    Set<String> columns = new LinkedHashSet<>();
    for (int i = 1; i < fields.size(); i++) {
      columns.addAll(variableNames(fields.get(i)));
    }
    return columns;
  }

  private static List<Map<String, String>> variables(DictionaryField f) {
    String type = f.fieldType().strip().toLowerCase(Locale.ROOT);
    if (!holdsData(type) || !FIELD_TYPES.contains(type)) {
      return List.of();
    }
    String label = plainLabel(f.fieldLabel(), f.fieldName());
    if (type.equals("checkbox")) {
      List<Map<String, String>> out = new ArrayList<>();
      for (Choice choice : Choice.parse(f.choices())) {
        Map<String, String> v =
            variable(
                f,
                f.fieldName() + "___" + choice.code().toLowerCase(Locale.ROOT),
                shorten(label + ": " + choice.label()),
                "category",
                "0=Unchecked|1=Checked");
        out.add(v);
      }
      return out;
    }
    String kind = typeOf(f);
    String allowed =
        switch (type) {
          case "radio", "dropdown" -> Choice.allowedValues(Choice.parse(f.choices()));
          case "yesno" -> "1=Yes|0=No";
          case "truefalse" -> "1=True|0=False";
          case "slider" -> "0..100";
          default -> range(f, kind);
        };
    return List.of(variable(f, f.fieldName(), label, kind, allowed));
  }

  private static Map<String, String> variable(
      DictionaryField f, String name, String label, String type, String allowed) {
    String validation = f.validation().strip().toLowerCase(Locale.ROOT);
    boolean identifying =
        DictionaryField.yes(f.identifier())
            || validation.equals("email")
            || validation.startsWith("phone");
    boolean freeText = type.equals("text") && !identifying;
    Map<String, String> v = new LinkedHashMap<>();
    v.put("variable", name);
    v.put("label", label);
    v.put("type", type);
    v.put("allowed_values", allowed == null ? "" : allowed);
    v.put("units", "");
    v.put("identifier", identifying ? "yes" : "no");
    v.put("free_text", freeText ? "yes" : "no");
    v.put("form", f.formName().strip());
    v.put("required", DictionaryField.yes(f.required()) ? "yes" : "no");
    v.put("help", shorten(stripTags(f.fieldNote())));
    return v;
  }

  /** The SecureBase type of a field: integer, decimal, date, category or text. */
  static String typeOf(DictionaryField f) {
    String type = f.fieldType().strip().toLowerCase(Locale.ROOT);
    String validation = f.validation().strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "radio", "dropdown", "yesno", "truefalse", "checkbox" -> "category";
      case "calc" -> "decimal";
      case "slider" -> "integer";
      case "text" -> {
        if (validation.equals("integer")) {
          yield "integer";
        } else if (validation.startsWith("number")) {
          yield "decimal";
        } else if (validation.equals("date_ymd")
            || validation.equals("date_mdy")
            || validation.equals("date_dmy")) {
          yield "date";
        }
        yield "text";
      }
      default -> "text";
    };
  }

  private static String range(DictionaryField f, String kind) {
    if (!kind.equals("integer") && !kind.equals("decimal")) {
      return "";
    }
    String min = f.validationMin().strip();
    String max = f.validationMax().strip();
    if (min.isEmpty() && max.isEmpty()) {
      return "";
    }
    return min + ".." + max;
  }

  private static String plainLabel(String label, String fallback) {
    String plain = stripTags(label);
    return shorten(plain.isBlank() ? fallback : plain);
  }

  private static String stripTags(String html) {
    return html == null ? "" : html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
  }

  private static String shorten(String s) {
    return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1).stripTrailing() + "…";
  }
}
