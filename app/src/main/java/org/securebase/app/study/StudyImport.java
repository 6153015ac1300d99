package org.securebase.app.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.interview.InfantRecords;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.study.ImportReport.Problem;
import org.securebase.core.attachment.Classification;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.InfantCategory;
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
  private final StudyDataRepository data;
  private final AuditLog audit;
  private final RedcapImport redcap;
  private final InfantRecords infant;

  StudyImport(
      Studies studies,
      StudyRepository repository,
      StudyDataRepository data,
      AuditLog audit,
      @org.springframework.context.annotation.Lazy RedcapImport redcap,
      InfantRecords infant) {
    this.infant = infant;
    this.studies = studies;
    this.repository = repository;
    this.data = data;
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
    ImportContext ctx = new ImportContext(study, kind, repository);
    ImportCheck check = checkOf(kind);
    List<String> header =
        records.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    checkHeader(ctx, header, problems);
    int dataRows = records.size() - 1;
    if (!problems.isEmpty()) {
      // Without the right columns no row can be read as intended, so nothing is imported.
      return refused(kind, dataRows, problems, cleanRowsOnly, dataRows);
    }
    List<ImportRow> rows = new ArrayList<>();
    Map<String, Integer> keys = new HashMap<>();
    Set<Integer> badRows = new HashSet<>();
    for (CsvFile.Record r : records.subList(1, records.size())) {
      ImportRow row = new ImportRow(r.line(), cells(header, r.fields()), problems);
      if (r.fields().size() != header.size()) {
        row.problem(
            "", "has " + r.fields().size() + " fields where the header has " + header.size());
      } else {
        String key = check.check(ctx, row);
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
    ImportTally tally = new ImportTally();
    for (ImportRow row : rows) {
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

  private void checkHeader(ImportContext ctx, List<String> header, List<Problem> problems) {
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

  /** The check of one import kind. */
  private ImportCheck checkOf(ImportKind kind) {
    return switch (kind) {
      case DICTIONARY -> new DictionaryCheck(repository);
      case WAVES -> new WaveCheck(repository);
      case PARTICIPANTS -> new ParticipantCheck(repository);
      case INFANT -> new InfantCheck(infant);
      case AAI -> new AaiCheck(data);
      case QUESTIONNAIRES -> new QuestionnaireCheck(data);
      case VALUES -> new ValuesCheck(data);
      // A REDCap file is translated into the kinds above before it is checked.
      case REDCAP_DICTIONARY, REDCAP_RECORDS -> throw new IllegalStateException(kind.name());
    };
  }
}
