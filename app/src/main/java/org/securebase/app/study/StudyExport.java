package org.securebase.app.study;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.crypto.PseudonymMac;
import org.securebase.app.interview.InfantRecords;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The de-identified export of a study, as a ZIP of CSV tables, a data dictionary and an R script
 * that reads them with the right types.
 *
 * <p>De-identification as REDCap does it: variables tagged as identifiers or free text are left out
 * unless asked for; every participant id is replaced by a keyed hash; every date is moved back by a
 * number of days that is the same for all dates of one participant (so intervals within a
 * participant are kept) and derived from a keyed hash of the participant, so it is the same in
 * every export. The key stays in the deployment.
 *
 * <p>Rows stream from the database (fetch size, one transaction) through {@link WideRows} and
 * {@link ExportZip} to the output; no table is held in memory.
 */
@Component
public class StudyExport {

  /** What to include beyond the de-identified default. */
  public record Options(boolean includeIdentifiers, boolean includeFreeText, ExportSubset subset) {
    public static final Options DEFAULT = new Options(false, false);

    public Options(boolean includeIdentifiers, boolean includeFreeText) {
      this(includeIdentifiers, includeFreeText, ExportSubset.ALL);
    }
  }

  /** A column of an exported table, as described in dictionary.csv. */
  record Column(
      String table, String variable, String label, String type, String allowed, String units) {}

  static final String PARTICIPANT_LABEL = "Participant (keyed hash of the study's participant id)";

  private final Studies studies;
  private final StudyRepository repository;
  private final InfantRecords infant;
  private final StudyDataRepository data;
  private final PseudonymMac mac;
  private final AuditLog audit;
  private final RedcapRepository redcap;
  private final RedcapExport redcapExport;
  private final ExportApprovals approvals;

  StudyExport(
      ExportApprovals approvals,
      Studies studies,
      StudyRepository repository,
      StudyDataRepository data,
      PseudonymMac mac,
      AuditLog audit,
      RedcapRepository redcap,
      RedcapExport redcapExport,
      InfantRecords infant) {
    this.infant = infant;
    this.studies = studies;
    this.repository = repository;
    this.data = data;
    this.mac = mac;
    this.audit = audit;
    this.redcap = redcap;
    this.redcapExport = redcapExport;
    this.approvals = approvals;
  }

  /** A study a researcher may export now, and what the export may include. */
  public record Authorized(Study study, Options options) {}

  /**
   * The study a researcher may export (404 otherwise), audited with what was included. Identifiers
   * and free text are included only under an approved request ({@link ExportApprovals}), which this
   * uses up; without one the export is de-identified, whatever was asked.
   */
  @Transactional
  public Authorized authorize(UUID studyId, Options wanted, SignedInUser user) {
    Study study = studies.visible(studyId, user, "EXPORT");
    checkSubset(study, wanted.subset());
    Options approved = approvals.redeem(studyId, wanted, user);
    // The approval decides identifiers and free text; the subset is the researcher's own choice.
    Options options =
        new Options(approved.includeIdentifiers(), approved.includeFreeText(), wanted.subset());
    audit.record(action(options), Studies.RECORD_TYPE, studyId);
    return new Authorized(study, options);
  }

  /** Writes the export of a study to the stream, in one read transaction. */
  @Transactional
  public void write(Study study, Options options, OutputStream out) {
    try (ExportZip zip = new ExportZip(out)) {
      writeZip(study, options, zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The export in REDCap's formats ({@code ?format=redcap}): the data dictionary and a raw record
   * export, de-identified by the same rules as the CSV export.
   */
  @Transactional
  public void writeRedcap(Study study, Options options, OutputStream out) {
    try (ExportZip zip = new ExportZip(out)) {
      Pseudonyms ids = new Pseudonyms(mac, "study:" + study.id());
      Map<UUID, String> forms = formOf(study);
      List<StudyVariable> included =
          included(repository.variables(study.id()), options).stream()
              .filter(v -> options.subset().variable(v.name(), forms.get(v.id())))
              .toList();
      redcapExport.write(study, included, options.subset(), ids, zip);
      zip.text("README.txt", ExportReadme.redcap(study, options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The export from the command line, audited as the operator. */
  @Transactional
  public void writeAs(String actor, Study study, Options options, OutputStream out) {
    audit.recordAs(actor, "SYSTEM", action(options), Studies.RECORD_TYPE, study.id(), "ALLOWED");
    write(study, options, out);
  }

  /** Refuses, before anything is streamed, a subset naming what the study does not have. */
  void checkSubset(Study study, ExportSubset subset) {
    if (subset.everything()) {
      return;
    }
    Set<String> waves = new HashSet<>();
    repository.waves(study.id()).forEach(w -> waves.add(w.name()));
    Set<String> variables = new HashSet<>();
    repository.variables(study.id()).forEach(v -> variables.add(v.name()));
    Set<String> instruments = new HashSet<>(List.of(ExportSubset.AAI, ExportSubset.INFANT));
    instruments.addAll(formOf(study).values());
    instruments.add(DataEntry.ALL_VARIABLES);
    instruments.addAll(data.instruments(study.id()));
    subset.check(waves, instruments, variables);
  }

  /** Each variable's data entry form ({@link DataEntry#ALL_VARIABLES} without forms). */
  private Map<UUID, String> formOf(Study study) {
    Map<UUID, String> forms = new HashMap<>();
    List<RedcapRepository.FormPlace> places = redcap.formPlaces(study.id());
    if (places.isEmpty()) {
      repository.variables(study.id()).forEach(v -> forms.put(v.id(), DataEntry.ALL_VARIABLES));
    }
    places.forEach(p -> forms.put(p.variableId(), p.form()));
    return forms;
  }

  static String action(Options options) {
    return "EXPORT"
        + (options.includeIdentifiers() ? "_WITH_IDENTIFIERS" : "")
        + (options.includeFreeText() ? "_WITH_FREE_TEXT" : "");
  }

  private void writeZip(Study study, Options options, ExportZip zip) {
    Pseudonyms ids = new Pseudonyms(mac, "study:" + study.id());
    ExportSubset subset = options.subset();
    List<Column> dictionary = new ArrayList<>();

    dictionary.add(new Column("participants", "participant", PARTICIPANT_LABEL, "text", "", ""));
    dictionary.add(
        new Column("participants", "enrolled_on", "Enrolment date (shifted)", "date", "", ""));
    try (ExportZip.Table t = zip.table("participants.csv", List.of("participant", "enrolled_on"))) {
      data.participants(
          study.id(),
          rs -> {
            String code = rs.getString(1);
            LocalDate d = rs.getObject(2, LocalDate.class);
            t.row(ids.of(code), d == null ? "" : ids.shift(code, d).toString());
          });
    }

    List<StudyWave> waves =
        repository.waves(study.id()).stream().filter(w -> subset.wave(w.name())).toList();
    dictionary.add(new Column("waves", "wave", "Wave name", "text", "", ""));
    dictionary.add(new Column("waves", "label", "Wave label", "text", "", ""));
    dictionary.add(new Column("waves", "target_age_months", "Target age", "decimal", "", "months"));
    dictionary.add(new Column("waves", "day_offset", "Days from enrolment", "integer", "", "days"));
    try (ExportZip.Table t =
        zip.table("waves.csv", List.of("wave", "label", "target_age_months", "day_offset"))) {
      for (StudyWave w : waves) {
        t.row(
            w.name(),
            w.label(),
            w.targetAgeMonths() == null ? "" : plain(w.targetAgeMonths()),
            w.dayOffset() == null ? "" : w.dayOffset().toString());
      }
    }
    String waveLevels = String.join("|", waves.stream().map(StudyWave::name).toList());

    dictionary.add(new Column("infant_ssp", "participant", PARTICIPANT_LABEL, "text", "", ""));
    dictionary.add(new Column("infant_ssp", "wave", "Wave", "category", waveLevels, ""));
    dictionary.add(
        new Column(
            "infant_ssp", "caregiver", "Caregiver in the Strange Situation", "text", "", ""));
    dictionary.add(
        new Column(
            "infant_ssp",
            "classification",
            "Strange Situation classification",
            "category",
            "A=A avoidant|B=B secure|C=C resistant|D=D disorganized",
            ""));
    dictionary.add(
        new Column(
            "infant_ssp", "age_months", "Infant age at the procedure", "decimal", "", "months"));
    try (ExportZip.Table t =
        zip.table(
            "infant_ssp.csv",
            List.of("participant", "wave", "caregiver", "classification", "age_months"))) {
      infant.ofStudy(
          study.id(),
          rs -> {
            // A row entered in the workbench on a linked interview has no wave: it is kept
            // only in an export not filtered by wave.
            String wave = rs.getString(2);
            if (subset.instrument(ExportSubset.INFANT) && subset.wave(wave == null ? "" : wave)) {
              t.row(
                  ids.of(rs.getString(1)),
                  wave,
                  rs.getString(3),
                  rs.getString(4),
                  plain(rs.getDouble(5)));
            }
          });
    }

    AaiExportTable.write(zip, dictionary, waveLevels, subset, data, study.id(), ids, mac);

    dictionary.add(new Column("questionnaires", "participant", PARTICIPANT_LABEL, "text", "", ""));
    dictionary.add(new Column("questionnaires", "wave", "Wave", "category", waveLevels, ""));
    dictionary.add(new Column("questionnaires", "instrument", "Instrument id", "text", "", ""));
    dictionary.add(new Column("questionnaires", "version", "Instrument version", "text", "", ""));
    dictionary.add(new Column("questionnaires", "subscale", "Subscale", "text", "", ""));
    dictionary.add(new Column("questionnaires", "score", "Subscale score", "decimal", "", ""));
    try (ExportZip.Table t =
        zip.table(
            "questionnaires.csv",
            List.of("participant", "wave", "instrument", "version", "subscale", "score"))) {
      data.questionnaires(
          study.id(),
          rs -> {
            if (subset.instrument(rs.getString(3)) && subset.wave(rs.getString(2))) {
              t.row(
                  ids.of(rs.getString(1)),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  plain(rs.getDouble(6)));
            }
          });
    }

    List<StudyVariable> variables = repository.variables(study.id());
    Map<UUID, String> forms = formOf(study);
    List<StudyVariable> included =
        included(variables, options).stream()
            .filter(v -> subset.variable(v.name(), forms.get(v.id())))
            .toList();
    dictionary.add(new Column("values", "participant", PARTICIPANT_LABEL, "text", "", ""));
    dictionary.add(new Column("values", "wave", "Wave", "category", waveLevels, ""));
    for (StudyVariable v : included) {
      dictionary.add(
          new Column(
              "values",
              v.name(),
              v.label() + (v.type() == VariableType.DATE ? " (shifted)" : ""),
              v.type().code(),
              v.allowedValues() == null ? "" : v.allowedValues(),
              v.units() == null ? "" : v.units()));
    }
    Map<UUID, Integer> columnOf = new HashMap<>();
    for (int i = 0; i < included.size(); i++) {
      columnOf.put(included.get(i).id(), i);
    }
    Map<UUID, StudyVariable> byId = new HashMap<>();
    variables.forEach(v -> byId.put(v.id(), v));
    try (ExportZip.Table t = zip.table("values.csv", ValuesTable.header(included))) {
      ValuesTable table = new ValuesTable(included, ids, t);
      data.values(
          study.id(),
          rs -> {
            UUID variableId = rs.getObject(3, UUID.class);
            int column = columnOf.getOrDefault(variableId, -1);
            String value = null;
            if (column >= 0) {
              byte[] sealed = rs.getBytes(6);
              value =
                  sealed == null ? rs.getString(5) : data.open(sealed, rs.getObject(4, UUID.class));
            }
            if (subset.wave(rs.getString(2))) {
              table.add(rs.getString(1), rs.getString(2), column, value);
            }
          });
      table.finish();
    }

    // The filter, as a table of its own and in the dictionary, so the files say what they omit.
    try (ExportZip.Table t = zip.table("filter.csv", List.of("filter", "value"))) {
      for (String p : List.of("waves", "instruments", "variables")) {
        t.row(p, subset.describe(p));
        dictionary.add(
            new Column(
                "filter", p, "Export filter on " + p + ": " + subset.describe(p), "text", "", ""));
      }
    }
    dictionary.add(
        0, new Column("filter", "filter", "What the export was filtered on", "text", "", ""));
    dictionary.add(
        1, new Column("filter", "value", "The filter's value (all: no filter)", "text", "", ""));

    try (ExportZip.Table t =
        zip.table(
            "dictionary.csv",
            List.of("table", "variable", "label", "type", "allowed_values", "units"))) {
      for (Column c : dictionary) {
        t.row(c.table(), c.variable(), c.label(), c.type(), c.allowed(), c.units());
      }
    }
    zip.text("read_study.R", ReaderScripts.resource("read_study.R"));
    zip.text("read_study.py", ReaderScripts.resource("read_study.py"));
    zip.text("read_study.do", ReaderScripts.stata(dictionary));
    zip.text("read_study.sps", ReaderScripts.spss(dictionary));
    zip.text("README.txt", ExportReadme.csv(study, options, variables, included));
  }

  static List<StudyVariable> included(List<StudyVariable> variables, Options options) {
    return variables.stream()
        .filter(v -> !v.identifier() || options.includeIdentifiers())
        .filter(v -> !v.freeText() || options.includeFreeText())
        .toList();
  }

  static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
