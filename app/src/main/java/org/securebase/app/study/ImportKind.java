package org.securebase.app.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files a study imports, each with its columns. Every kind has a natural key (for example
 * participant and wave), so importing the same file twice changes nothing.
 */
public enum ImportKind {
  DICTIONARY(
      "Data dictionary",
      List.of("variable", "label", "type"),
      List.of("allowed_values", "units", "identifier", "free_text")),
  WAVES("Waves", List.of("wave", "label"), List.of("target_age_months", "day_offset")),
  PARTICIPANTS("Participants", List.of("participant_id"), List.of("enrolled_on")),
  INFANT(
      "Infant Strange Situation classifications",
      List.of("participant_id", "wave", "caregiver", "classification", "age_months"),
      List.of()),
  AAI("AAI coding summaries", List.of("participant_id", "wave", "coder"), aaiOptional()),
  QUESTIONNAIRES(
      "Questionnaire scores",
      List.of("participant_id", "wave", "instrument", "version", "subscale", "score"),
      List.of()),
  VALUES("Values of dictionary variables", List.of("participant_id", "wave"), List.of()),
  /** A REDCap data dictionary, as REDCap downloads it; becomes the study's dictionary. */
  REDCAP_DICTIONARY(
      "REDCap data dictionary",
      List.of("Variable / Field Name", "Form Name", "Field Type", "Field Label", "..."),
      List.of()),
  /** A REDCap "raw" record export; events become waves and record ids participants. */
  REDCAP_RECORDS(
      "REDCap records (raw export)",
      List.of("the record id field"),
      List.of("redcap_event_name", "fields of the REDCap dictionary", "<form>_complete"));

  private final String label;
  private final List<String> required;
  private final List<String> optional;

  ImportKind(String label, List<String> required, List<String> optional) {
    this.label = label;
    this.required = required;
    this.optional = optional;
  }

  private static List<String> aaiOptional() {
    List<String> columns = new ArrayList<>();
    columns.add("classification");
    AaiScoreColumns.COLUMNS.forEach(c -> columns.add(c.name()));
    return List.copyOf(columns);
  }

  public String label() {
    return label;
  }

  /** The name in URLs and on the command line: {@code dictionary}, {@code redcap-records} ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True for the kinds read in REDCap's own formats. */
  public boolean redcap() {
    return this == REDCAP_DICTIONARY || this == REDCAP_RECORDS;
  }

  public List<String> required() {
    return required;
  }

  public List<String> optional() {
    return optional;
  }

  public static ImportKind fromCode(String code) {
    for (ImportKind k : values()) {
      if (k.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return k;
      }
    }
    throw new org.securebase.app.kernel.BadInputException(
        "kind", "\"" + code + "\" is not a kind of study file");
  }
}
