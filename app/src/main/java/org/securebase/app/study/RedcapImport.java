package org.securebase.app.study;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.study.ImportReport.Problem;
import org.securebase.core.redcap.DataDictionary;
import org.securebase.core.redcap.DictionaryField;
import org.securebase.core.redcap.NativeRow;
import org.securebase.core.redcap.RecordExport;
import org.securebase.core.redcap.RedcapProblem;
import org.securebase.core.redcap.RedcapRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports REDCap's files by translating them ({@link DataDictionary}, {@link RecordExport}) into
 * the study's own kinds and running those through {@link StudyImport}'s checks, so a REDCap file
 * meets exactly the rules of a SecureBase file. Lines stay the REDCap file's lines and columns
 * REDCap's names, so every refusal points at the cell a researcher sees. One file is one
 * transaction: waves and participants created for a record file are rolled back when its values are
 * refused.
 */
@Component
class RedcapImport {

  /** The study's wave for the records of a REDCap project without events, when it has none. */
  static final String DEFAULT_WAVE = "baseline";

  private static final List<String> DICTIONARY_HEADER =
      List.of("variable", "label", "type", "allowed_values", "units", "identifier", "free_text");

  private final StudyImport imports;
  private final StudyRepository studies;
  private final RedcapRepository redcap;
  private final Clock clock;

  RedcapImport(StudyImport imports, StudyRepository studies, RedcapRepository redcap, Clock clock) {
    this.imports = imports;
    this.studies = studies;
    this.redcap = redcap;
    this.clock = clock;
  }

  /**
   * Runs in a transaction of its own, so that a record file whose values are refused rolls back the
   * waves and participants made for it while the caller still records the refusal.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  ImportReport run(Study study, ImportKind kind, String csv, boolean cleanRowsOnly, String actor) {
    List<CsvFile.Record> records;
    try {
      records = CsvFile.read(csv == null ? "" : csv);
    } catch (CsvFile.MalformedCsvException e) {
      return refused(
          kind, 0, List.of(new Problem(e.line(), "", e.getMessage() + "; not readable as CSV")));
    }
    List<RedcapRow> rows = records.stream().map(r -> new RedcapRow(r.line(), r.fields())).toList();
    return kind == ImportKind.REDCAP_DICTIONARY
        ? dictionary(study, rows, cleanRowsOnly)
        : records(study, rows, cleanRowsOnly, actor);
  }

  private ImportReport dictionary(Study study, List<RedcapRow> rows, boolean cleanRowsOnly) {
    DataDictionary.Reading reading = DataDictionary.read(rows);
    if (!reading.clean()) {
      return refused(ImportKind.REDCAP_DICTIONARY, rows.size() - 1, problems(reading.problems()));
    }
    DataDictionary dictionary = reading.dictionary();
    List<NativeRow> variables =
        dictionary.studyDictionary(rows.stream().skip(1).map(RedcapRow::line).toList());
    ImportReport report =
        imports.run(
            study, ImportKind.DICTIONARY, records(DICTIONARY_HEADER, variables), cleanRowsOnly);
    if (!report.written()) {
      return report.as(ImportKind.REDCAP_DICTIONARY, Map.of());
    }
    redcap.replaceDictionary(study.id(), dictionary.fields());
    Map<String, StudyVariable> byName = new LinkedHashMap<>();
    studies.variables(study.id()).forEach(v -> byName.put(v.name(), v));
    for (NativeRow v : variables) {
      StudyVariable stored = byName.get(v.cells().get("variable"));
      if (stored != null) {
        redcap.placeOnForm(
            new RedcapRepository.FormPlace(
                stored.id(),
                v.cells().get("form"),
                v.cells().get("required").equals("yes"),
                v.cells().get("help").isBlank() ? null : v.cells().get("help")));
      }
    }
    return report.as(ImportKind.REDCAP_DICTIONARY, Map.of());
  }

  private ImportReport records(
      Study study, List<RedcapRow> rows, boolean cleanRowsOnly, String actor) {
    List<List<String>> stored = redcap.dictionary(study.id());
    if (stored.isEmpty()) {
      return refused(
          ImportKind.REDCAP_RECORDS,
          Math.max(0, rows.size() - 1),
          List.of(
              new Problem(
                  1,
                  "",
                  "this study has no REDCap dictionary yet: import the project's data dictionary"
                      + " first")));
    }
    List<RedcapRow> dictionaryRows = new ArrayList<>();
    dictionaryRows.add(new RedcapRow(1, DictionaryField.COLUMNS));
    stored.forEach(cells -> dictionaryRows.add(new RedcapRow(dictionaryRows.size() + 1, cells)));
    DataDictionary dictionary = DataDictionary.read(dictionaryRows).dictionary();
    List<StudyWave> waves = studies.waves(study.id());
    Set<String> waveNames = new HashSet<>();
    waves.forEach(w -> waveNames.add(w.name()));
    String defaultWave = waves.size() == 1 ? waves.get(0).name() : DEFAULT_WAVE;
    RecordExport.Translation t = RecordExport.translate(dictionary, rows, waveNames, defaultWave);
    int dataRows = Math.max(0, rows.size() - 1);
    if (!t.clean()) {
      return refused(ImportKind.REDCAP_RECORDS, dataRows, problems(t.problems()));
    }
    List<String> newWaves = new ArrayList<>(t.newWaves());
    if (t.eventToWave().isEmpty() && !waveNames.contains(defaultWave)) {
      newWaves.add(defaultWave);
    }
    for (String wave : newWaves) {
      studies.insertWave(study.id(), new StudyWave(UUID.randomUUID(), wave, wave, null, null));
    }
    ImportReport participants =
        imports.run(
            study,
            ImportKind.PARTICIPANTS,
            records(List.of("participant_id", "enrolled_on"), t.participants()),
            false);
    ImportReport values =
        participants.written()
            ? imports.run(
                study, ImportKind.VALUES, records(t.valueColumns(), t.values()), cleanRowsOnly)
            : participants;
    if (!values.written()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return values.as(ImportKind.REDCAP_RECORDS, t.eventToWave());
    }
    storeStatuses(study, t.formStatuses(), actor);
    return values.as(ImportKind.REDCAP_RECORDS, t.eventToWave());
  }

  private void storeStatuses(Study study, List<RecordExport.FormStatus> statuses, String actor) {
    Map<String, UUID> participantIds = new LinkedHashMap<>();
    studies.participants(study.id()).forEach(p -> participantIds.put(p.code(), p.id()));
    Map<String, UUID> waveIds = new LinkedHashMap<>();
    studies.waves(study.id()).forEach(w -> waveIds.put(w.name(), w.id()));
    for (RecordExport.FormStatus s : statuses) {
      redcap.setFormStatus(
          new RedcapRepository.FormStatus(
              participantIds.get(s.participant()), waveIds.get(s.wave()), s.form(), s.status()),
          actor,
          clock.instant());
    }
  }

  /** SecureBase records with the REDCap file's lines: a header (line 1) and one per row. */
  private static List<CsvFile.Record> records(List<String> header, List<NativeRow> rows) {
    List<CsvFile.Record> out = new ArrayList<>();
    out.add(new CsvFile.Record(1, header));
    for (NativeRow row : rows) {
      out.add(
          new CsvFile.Record(
              row.line(), header.stream().map(h -> row.cells().getOrDefault(h, "")).toList()));
    }
    return out;
  }

  private static List<Problem> problems(List<RedcapProblem> problems) {
    return problems.stream().map(p -> new Problem(p.line(), p.column(), p.message())).toList();
  }

  private static ImportReport refused(ImportKind kind, int rows, List<Problem> problems) {
    int affected =
        (int) problems.stream().filter(p -> p.row() > 1).map(Problem::row).distinct().count();
    return new ImportReport(kind, rows, problems, affected, false, false, 0, 0, 0);
  }
}
