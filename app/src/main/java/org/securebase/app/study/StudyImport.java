package org.securebase.app.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.study.ImportReport.Problem;
import org.securebase.app.study.StudyDataRepository.Change;
import org.securebase.core.attachment.Classification;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.CodingStatus;
import org.securebase.core.attachment.InfantCategory;
import org.securebase.core.attachment.InfantClassification;
import org.securebase.core.attachment.InvalidEntryException;
import org.securebase.core.attachment.Parent;
import org.securebase.core.attachment.ScaleScore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a study's CSV files against its waves, participants and data dictionary.
 *
 * <p>The whole file is checked before anything is written, and the report lists every problem by
 * row, column and reason. Nothing is written unless the file is clean, or unless the user chose to
 * import only the clean rows (the rest are reported). Each row is stored by its natural key
 * (participant, wave and what the row is about), so importing the same file again changes nothing.
 * An import runs in one transaction: it is stored whole or not at all.
 *
 * <p>Infant classifications, AAI classifications and scale scores are checked by the core ({@link
 * InfantCategory}, {@link Classification#parse}, {@link ScaleScore#parse}, {@link Coding}), never
 * by rules of its own. An AAI classification is accepted only with the coder who made it.
 */
@Component
public class StudyImport {

  /** Longest accepted identifier-like cell (wave, instrument, coder ...). */
  static final int MAX_NAME = 60;

  private final Studies studies;
  private final StudyRepository repository;
  private final org.securebase.app.interview.InfantRecords infant;
  private final StudyDataRepository data;
  private final AuditLog audit;
  private final RedcapImport redcap;

  StudyImport(
      Studies studies,
      StudyRepository repository,
      StudyDataRepository data,
      AuditLog audit,
      @org.springframework.context.annotation.Lazy RedcapImport redcap,
      org.securebase.app.interview.InfantRecords infant) {
    this.studies = studies;
    this.repository = repository;
    this.data = data;
    this.infant = infant;
    this.audit = audit;
    this.redcap = redcap;
  }

  /** Checks and, when allowed, stores the file as the signed-in researcher. */
  @Transactional
  public ImportReport run(
      UUID studyId, ImportKind kind, String csv, boolean cleanRowsOnly, SignedInUser user) {
    Study study = studies.visible(studyId, user, "IMPORT");
    ImportReport report =
        kind.redcap()
            ? redcap.run(study, kind, csv, cleanRowsOnly, user.getUsername())
            : run(study, kind, csv, cleanRowsOnly);
    audit.record(
        (report.written() ? "IMPORT_" : "IMPORT_REFUSED_") + kind.name(),
        Studies.RECORD_TYPE,
        studyId);
    return report;
  }

  /** The import itself, for callers that have checked access (the demo seeding, the tests). */
  @Transactional
  public ImportReport run(Study study, ImportKind kind, String csv, boolean cleanRowsOnly) {
    List<Problem> problems = new ArrayList<>();
    List<CsvFile.Record> records;
    try {
      records = CsvFile.read(csv == null ? "" : csv);
    } catch (CsvFile.MalformedCsvException e) {
      problems.add(new Problem(e.line(), "", e.getMessage() + "; the file cannot be read as CSV"));
      return refused(kind, 0, problems, cleanRowsOnly, 0);
    }
    return run(study, kind, records, cleanRowsOnly);
  }

  /** The import of records already read (a REDCap file translated keeps its own lines). */
  @Transactional
  ImportReport run(
      Study study, ImportKind kind, List<CsvFile.Record> records, boolean cleanRowsOnly) {
    List<Problem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      problems.add(new Problem(1, "", "the file is empty: a header row is needed"));
      return refused(kind, 0, problems, cleanRowsOnly, 0);
    }
    Context ctx = new Context(study, kind);
    List<String> header =
        records.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    checkHeader(ctx, header, problems);
    int dataRows = records.size() - 1;
    if (!problems.isEmpty()) {
      // Without the right columns no row can be read as intended, so nothing is imported.
      return refused(kind, dataRows, problems, cleanRowsOnly, dataRows);
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> keys = new HashMap<>();
    Set<Integer> badRows = new HashSet<>();
    for (CsvFile.Record r : records.subList(1, records.size())) {
      Row row = new Row(r.line(), cells(header, r.fields()), problems);
      if (r.fields().size() != header.size()) {
        row.problem(
            "", "has " + r.fields().size() + " fields where the header has " + header.size());
      } else {
        String key = check(ctx, row);
        if (key != null) {
          Integer first = keys.putIfAbsent(key, row.line);
          if (first != null) {
            row.problem("", "duplicate row: same " + keyName(kind) + " as row " + first);
          }
        }
      }
      if (row.hasProblems) {
        badRows.add(row.line);
      }
      rows.add(row);
    }
    if (!problems.isEmpty() && !cleanRowsOnly) {
      return refused(kind, dataRows, problems, false, badRows.size());
    }
    Tally tally = new Tally();
    for (Row row : rows) {
      if (!row.hasProblems && row.write != null) {
        row.write.accept(tally);
      }
    }
    return new ImportReport(
        kind,
        dataRows,
        problems,
        badRows.size(),
        cleanRowsOnly,
        tally.inserted + tally.updated + tally.unchanged > 0,
        tally.inserted,
        tally.updated,
        tally.unchanged);
  }

  private static ImportReport refused(
      ImportKind kind, int rows, List<Problem> problems, boolean cleanOnly, int bad) {
    return new ImportReport(kind, rows, problems, bad, cleanOnly, false, 0, 0, 0);
  }

  // ---- the header

  private void checkHeader(Context ctx, List<String> header, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    Set<String> allowed = new HashSet<>(ctx.kind.required());
    allowed.addAll(ctx.kind.optional());
    if (ctx.kind == ImportKind.VALUES) {
      allowed.addAll(ctx.variables.keySet());
    }
    for (String column : header) {
      if (column.isEmpty()) {
        problems.add(new Problem(1, "", "a column has no name"));
      } else if (!seen.add(column)) {
        problems.add(new Problem(1, column, "the column appears twice"));
      } else if (!allowed.contains(column)) {
        problems.add(
            new Problem(
                1,
                column,
                ctx.kind == ImportKind.VALUES
                    ? "unknown column: not a variable of this study's data dictionary"
                    : "unknown column for a "
                        + ctx.kind.label().toLowerCase(Locale.ROOT)
                        + " file"));
      }
    }
    for (String column : ctx.kind.required()) {
      if (!header.contains(column)) {
        problems.add(new Problem(1, column, "required column is missing"));
      }
    }
  }

  private static Map<String, String> cells(List<String> header, List<String> fields) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < header.size() && i < fields.size(); i++) {
      m.put(header.get(i), fields.get(i));
    }
    return m;
  }

  private static String keyName(ImportKind kind) {
    return switch (kind) {
      case DICTIONARY -> "variable";
      case WAVES -> "wave";
      case PARTICIPANTS -> "participant_id";
      case INFANT -> "participant_id, wave and caregiver";
      case AAI, VALUES -> "participant_id and wave";
      case QUESTIONNAIRES -> "participant_id, wave, instrument, version and subscale";
      case REDCAP_DICTIONARY -> "field name";
      case REDCAP_RECORDS -> "record and event";
    };
  }

  // ---- rows

  /** Checks one row; returns its natural key (null when the key itself is unusable). */
  private String check(Context ctx, Row row) {
    return switch (ctx.kind) {
      case DICTIONARY -> checkVariable(ctx, row);
      case WAVES -> checkWave(ctx, row);
      case PARTICIPANTS -> checkParticipant(ctx, row);
      case INFANT -> checkInfant(ctx, row);
      case AAI -> checkAai(ctx, row);
      case QUESTIONNAIRES -> checkQuestionnaire(ctx, row);
      case VALUES -> checkValues(ctx, row);
      // A REDCap file is translated into the kinds above before it is checked.
      case REDCAP_DICTIONARY, REDCAP_RECORDS -> throw new IllegalStateException(ctx.kind.name());
    };
  }

  private String checkVariable(Context ctx, Row row) {
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
    String allowed = blankToNull(row.get("allowed_values"));
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
    int position = row.line;
    if (!row.hasProblems) {
      VariableType t = type;
      row.write =
          tally -> {
            StudyVariable v =
                new StudyVariable(
                    old == null ? UUID.randomUUID() : old.id(),
                    name,
                    label,
                    t,
                    allowed,
                    units,
                    identifier,
                    freeText,
                    position);
            if (old == null) {
              repository.insertVariable(ctx.study.id(), v);
              tally.add(Change.INSERTED);
            } else if (old.equals(v)) {
              tally.add(Change.UNCHANGED);
            } else {
              repository.updateVariable(v);
              tally.add(Change.UPDATED);
            }
          };
    }
    return name;
  }

  private static final Set<String> RESERVED = Set.of("participant_id", "participant", "wave");

  private String checkWave(Context ctx, Row row) {
    String name =
        row.name("wave", "[A-Za-z0-9][A-Za-z0-9_-]{0,59}", "use letters, digits, - and _");
    String label = row.text("label", 200, true);
    Double age = row.decimal("target_age_months", 0, 1200, false);
    Integer days = row.integer("day_offset", -100000, 100000, false);
    if (name == null) {
      return null;
    }
    StudyWave old = ctx.waves.get(name);
    if (!row.hasProblems) {
      row.write =
          tally -> {
            StudyWave w =
                new StudyWave(old == null ? UUID.randomUUID() : old.id(), name, label, age, days);
            if (old == null) {
              repository.insertWave(ctx.study.id(), w);
              tally.add(Change.INSERTED);
            } else if (old.equals(w)) {
              tally.add(Change.UNCHANGED);
            } else {
              repository.updateWave(w);
              tally.add(Change.UPDATED);
            }
          };
    }
    return name;
  }

  private String checkParticipant(Context ctx, Row row) {
    String code =
        row.name(
            "participant_id", "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}", "use letters, digits, ., - and _");
    LocalDate enrolled = row.date("enrolled_on", false);
    if (code == null) {
      return null;
    }
    Participant old = ctx.participants.get(code);
    if (!row.hasProblems) {
      row.write =
          tally -> {
            if (old == null) {
              repository.insertParticipant(
                  ctx.study.id(), new Participant(UUID.randomUUID(), code, enrolled));
              tally.add(Change.INSERTED);
            } else if (java.util.Objects.equals(old.enrolledOn(), enrolled)) {
              tally.add(Change.UNCHANGED);
            } else {
              repository.updateParticipant(new Participant(old.id(), code, enrolled));
              tally.add(Change.UPDATED);
            }
          };
    }
    return code;
  }

  private String checkInfant(Context ctx, Row row) {
    Participant p = row.participant(ctx);
    StudyWave w = row.wave(ctx);
    String caregiverText = row.get("caregiver");
    Parent caregiver = null;
    try {
      caregiver = Parent.of(caregiverText);
    } catch (InvalidEntryException e) {
      row.problem("caregiver", e.getMessage().substring(e.field().length() + 2));
    }
    InfantCategory category = null;
    try {
      category = InfantCategory.fromCode(row.get("classification"));
    } catch (InvalidEntryException e) {
      row.problem("classification", "value outside the allowed set (A, B, C or D)");
    }
    Double age = row.decimal("age_months", 0, InfantClassification.MAX_AGE_MONTHS, true);
    if (category != null && caregiver != null && age != null) {
      try {
        new InfantClassification(category, caregiver, age);
      } catch (InvalidEntryException e) {
        row.problem("age_months", e.getMessage().substring(e.field().length() + 2));
      }
    }
    if (p == null || w == null || caregiver == null) {
      return null;
    }
    if (!row.hasProblems) {
      var r =
          new StudyDataRepository.InfantRow(p.id(), w.id(), caregiver.name(), category.name(), age);
      // Infant classifications live once, in the workbench's table, kept per participant.
      row.write =
          tally ->
              tally.add(
                  StudyDataRepository.Change.valueOf(
                      infant
                          .putForParticipant(
                              r.participantId(), r.waveId(), r.caregiver(), r.category(), r.age())
                          .name()));
    }
    return p.code() + "\u0000" + w.name() + "\u0000" + caregiver.name();
  }

  private String checkAai(Context ctx, Row row) {
    Participant p = row.participant(ctx);
    StudyWave w = row.wave(ctx);
    String coder = blankToNull(row.get("coder"));
    String notation = blankToNull(row.get("classification"));
    Classification classification = null;
    if (notation != null) {
      try {
        classification = Classification.parse(notation);
      } catch (InvalidEntryException e) {
        row.problem("classification", e.getMessage().substring(e.field().length() + 2));
      }
    }
    if (coder == null) {
      row.problem(
          "coder",
          notation != null
              ? "a classification is accepted only with the coder who made it"
              : "name the coder who made this coding");
    } else if (coder.length() > Coding.MAX_ID_LENGTH) {
      row.problem("coder", "longer than " + Coding.MAX_ID_LENGTH + " characters");
    }
    Map<AaiScoreColumns.Column, ScaleScore> scores = new LinkedHashMap<>();
    for (AaiScoreColumns.Column c : AaiScoreColumns.COLUMNS) {
      String text = blankToNull(row.get(c.name()));
      if (text == null) {
        continue;
      }
      try {
        scores.put(c, AaiScoreColumns.parse(c, text));
      } catch (InvalidEntryException e) {
        row.problem(c.name(), e.getMessage().substring(e.field().length() + 2));
      }
    }
    String stored = AaiScoreColumns.encode(scores);
    if (!row.hasProblems) {
      try {
        // The same rules a final coding in the workbench meets: a classification or at least a
        // coherence-of-mind score, and every score valid for its scale.
        Coding.of(
            "import",
            coder,
            AaiScoreColumns.scores(stored),
            classification,
            CodingStatus.FINAL,
            1,
            null);
      } catch (InvalidEntryException e) {
        row.problem(
            e.field().equals("classification") ? "classification" : "",
            e.getMessage().substring(e.field().length() + 2));
      }
    }
    if (p == null || w == null) {
      return null;
    }
    if (!row.hasProblems) {
      var r =
          new StudyDataRepository.AaiRow(
              p.id(),
              w.id(),
              classification == null ? null : classification.notation(),
              coder,
              stored);
      row.write = tally -> tally.add(data.upsertAai(r));
    }
    return p.code() + "\u0000" + w.name();
  }

  private String checkQuestionnaire(Context ctx, Row row) {
    Participant p = row.participant(ctx);
    StudyWave w = row.wave(ctx);
    String instrument =
        row.name(
            "instrument", "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}", "use letters, digits, ., - and _");
    String version =
        row.name(
            "version",
            "[A-Za-z0-9][A-Za-z0-9_.-]{0,19}",
            "use up to 20 letters, digits, ., - and _");
    String subscale =
        row.name("subscale", "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}", "use letters, digits, ., - and _");
    Double score = row.decimal("score", -1e9, 1e9, true);
    if (p == null || w == null || instrument == null || version == null || subscale == null) {
      return null;
    }
    if (!row.hasProblems) {
      var r =
          new StudyDataRepository.QuestionnaireRow(
              p.id(), w.id(), instrument, version, subscale, score);
      row.write = tally -> tally.add(data.upsertQuestionnaire(r));
    }
    return String.join("\u0000", p.code(), w.name(), instrument, version, subscale);
  }

  private String checkValues(Context ctx, Row row) {
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // ---- helpers

  /** The study's current waves, participants and dictionary, looked up by their names. */
  private final class Context {
    final Study study;
    final ImportKind kind;
    final Map<String, StudyWave> waves;
    final Map<String, Participant> participants;
    final Map<String, StudyVariable> variables;

    Context(Study study, ImportKind kind) {
      this.study = study;
      this.kind = kind;
      this.waves = byName(repository.waves(study.id()), StudyWave::name);
      this.participants = byName(repository.participants(study.id()), Participant::code);
      this.variables = byName(repository.variables(study.id()), StudyVariable::name);
    }
  }

  private static <T> Map<String, T> byName(List<T> list, Function<T, String> name) {
    return list.stream().collect(Collectors.toMap(name, t -> t, (a, b) -> a, LinkedHashMap::new));
  }

  /** Counts what the writes did. */
  static final class Tally {
    int inserted;
    int updated;
    int unchanged;

    void add(Change change) {
      switch (change) {
        case INSERTED -> inserted++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }
  }

  /** A data row being checked: its cells, its problems, and the write to do when it is clean. */
  private static final class Row {
    final int line;
    final Map<String, String> cells;
    final List<Problem> problems;
    boolean hasProblems;
    java.util.function.Consumer<Tally> write;

    Row(int line, Map<String, String> cells, List<Problem> problems) {
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
          showValue && value != null && !value.isBlank()
              ? " (\"" + clip(value.strip()) + "\")"
              : "";
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
      String v = get(column).strip();
      if (v.isEmpty()) {
        if (required) {
          problem(column, "is required");
        }
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

    Double decimal(String column, double min, double max, boolean required) {
      String v = get(column).strip();
      if (v.isEmpty()) {
        if (required) {
          problem(column, "is required");
        }
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
      String v = get(column).strip();
      if (v.isEmpty()) {
        if (required) {
          problem(column, "is required");
        }
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
      String v = get(column).strip();
      if (v.isEmpty()) {
        if (required) {
          problem(column, "is required");
        }
        return null;
      }
      try {
        return VariableType.parseDate(v);
      } catch (IllegalArgumentException e) {
        problem(column, e.getMessage());
        return null;
      }
    }

    Participant participant(Context ctx) {
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

    StudyWave wave(Context ctx) {
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

    private static String clip(String s) {
      return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private static String fmt(double d) {
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
  }
}
