package org.securebase.app.study;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What an export is called and the README written into it: what the files are and how they were
 * de-identified.
 */
final class ExportReadme {

  private ExportReadme() {}

  /** The README of a REDCap-format export. */
  static String redcap(Study study, StudyExport.Options options) {
    return String.join(
        "\n",
        "Export of study " + study.code() + " in REDCap's formats, made by SecureBase.",
        "",
        "redcap_dictionary.csv: the data dictionary (Data Dictionary upload in REDCap). It is",
        "written exactly as REDCap reads it, action tags such as @HIDDEN-SURVEY included, so the",
        "spreadsheet safety below does not apply to it: upload it to REDCap rather than opening",
        "it in a spreadsheet.",
        "redcap_records.csv: the records as a raw CSV import (Data Import Tool); each",
        "study wave is a REDCap event (redcap_event_name), each _complete column the form",
        "status (0 incomplete, 1 unverified, 2 complete).",
        "",
        "De-identified as every SecureBase export: record ids are keyed hashes of the study's",
        "participant ids, dates are moved back by 1 to 364 days per participant, identifier",
        "variables are "
            + (options.includeIdentifiers() ? "INCLUDED on approval" : "left out")
            + ", free-text variables are "
            + (options.includeFreeText() ? "INCLUDED on approval" : "left out")
            + ".",
        "Filter: waves = "
            + options.subset().describe("waves")
            + "; instruments = "
            + options.subset().describe("instruments")
            + "; variables = "
            + options.subset().describe("variables"),
        "",
        SPREADSHEET_SAFE,
        "");
  }

  /**
   * How text cells are kept from running as spreadsheet formulas (OWASP's CSV injection advice),
   * said in every export's README so a reader knows where an apostrophe came from.
   */
  static final String SPREADSHEET_SAFE =
      String.join(
          "\n",
          "Spreadsheet safety: a text cell that begins with =, +, -, @, a tab or a carriage return",
          "is written with an apostrophe (') in front, so that a spreadsheet shows it as text",
          "instead of running it as a formula. Numbers, negative ones included, are written as",
          "they are. Remove that one leading apostrophe from such text cells to get the value",
          "as it was entered.");

  /** The README of the CSV export. */
  static String csv(
      Study study,
      StudyExport.Options options,
      List<StudyVariable> all,
      List<StudyVariable> included) {
    List<String> dropped =
        all.stream().filter(v -> !included.contains(v)).map(StudyVariable::name).toList();
    return String.join(
        "\n",
        "De-identified export of study " + study.code() + " (" + study.title() + ")",
        "Made " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + " by SecureBase.",
        "",
        "Files: participants.csv, waves.csv, infant_ssp.csv, aai.csv, questionnaires.csv,",
        "values.csv (one row per participant and wave), filter.csv (what this export was limited",
        "to), dictionary.csv (variable, label, type, allowed values and units of every column) and",
        "readers that apply the dictionary's types, labels and value labels:",
        "- R: source(\"read_study.R\"); study <- read_study(\".\")",
        "- Python (pandas): from read_study import read_study; study = read_study(\".\")",
        "- Stata: do read_study.do (writes one .dta per table, with variable and value labels)",
        "- SPSS or PSPP: INSERT FILE=\"read_study.sps\". (reads values.csv with labels)",
        "",
        "Filter: waves = "
            + options.subset().describe("waves")
            + "; instruments = "
            + options.subset().describe("instruments")
            + "; variables = "
            + options.subset().describe("variables"),
        "",
        "De-identification:",
        "- participant: a keyed hash (HMAC-SHA256) of the study's participant id; the key stays",
        "  in the deployment, so the hash cannot be recomputed from a guessed id. The same",
        "  participant has the same hash in every export of this study.",
        "- dates: moved back by 1 to 364 days, the same number for every date of one participant",
        "  (intervals within a participant are kept), derived from a keyed hash, so stable across",
        "  exports.",
        "- identifier variables: "
            + (options.includeIdentifiers() ? "INCLUDED on request" : "left out"),
        "- free-text variables: "
            + (options.includeFreeText() ? "INCLUDED on request" : "left out"),
        "- variables left out: " + (dropped.isEmpty() ? "none" : String.join(", ", dropped)),
        "",
        "AAI codings carry the coder who made them as a keyed hash (the same coder, the same hash",
        "within this study) and where they came from: an imported file, or a final or consensus",
        "coding of the SecureBase coding workbench, which also carries the earned-security rule",
        "(id and version), its parameters and its result. NS in a scale column means not scorable.",
        "Questionnaire scores are self-report data; they say nothing about AAI classification or",
        "earned security.",
        "",
        "SPSS: no well-kept Java writer for .sav files exists, so the SPSS syntax file reads the",
        "CSV instead. In R, haven::write_sav(study$values, \"values.sav\") writes a .sav file.",
        "",
        SPREADSHEET_SAFE,
        "");
  }

  /** The file name offered for download. */
  static String fileName(Study study, StudyExport.Options options) {
    return "study-"
        + study.code()
        + (options.includeIdentifiers() || options.includeFreeText()
            ? "-with-identifying-data.zip"
            : "-deidentified.zip");
  }

  /** The file name offered for the REDCap-format download. */
  static String redcapFileName(Study study) {
    return "study-" + study.code() + "-redcap.zip";
  }
}
