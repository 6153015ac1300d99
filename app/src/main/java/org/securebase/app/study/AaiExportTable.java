package org.securebase.app.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.crypto.PseudonymMac;

/**
 * The export's {@code aai.csv}: one AAI coding per participant and wave with where it came from (an
 * imported file or the coding workbench), its coder as a keyed hash (like the participant), the
 * earned-security rule that classified it with its parameters, and the scale ratings.
 */
final class AaiExportTable {

  private AaiExportTable() {}

  /** The columns of aai.csv before the scale columns. */
  static final List<String> AAI_FIRST_COLUMNS =
      List.of(
          "participant",
          "wave",
          "classification",
          "coder",
          "source",
          "coding_kind",
          "rule",
          "rule_parameters",
          "earned_status");

  /** Where each AAI coding came from: its coder (a keyed hash, like participants) and its rule. */
  private static void provenance(List<StudyExport.Column> dictionary) {
    dictionary.add(
        new StudyExport.Column(
            "aai", "coder", "Coder who made the coding (keyed hash)", "text", "", ""));
    dictionary.add(
        new StudyExport.Column(
            "aai",
            "source",
            "Where the coding came from",
            "category",
            "IMPORT=imported file|WORKBENCH=SecureBase coding workbench",
            ""));
    dictionary.add(
        new StudyExport.Column(
            "aai",
            "coding_kind",
            "Workbench coding: consensus or one coder's final coding",
            "category",
            "CONSENSUS=consensus coding|INDIVIDUAL=final coding of one coder",
            ""));
    dictionary.add(
        new StudyExport.Column(
            "aai",
            "rule",
            "Earned-security rule that classified it, with version",
            "text",
            "",
            ""));
    dictionary.add(
        new StudyExport.Column(
            "aai", "rule_parameters", "The rule's parameters (NAME=value)", "text", "", ""));
    dictionary.add(
        new StudyExport.Column(
            "aai",
            "earned_status",
            "Earned or continuous security under that rule",
            "category",
            "EARNED=earned-secure|CONTINUOUS=continuous-secure|UNDETERMINED=undetermined"
                + "|NOT_SECURE=not secure",
            ""));
  }

  static void write(
      ExportZip zip,
      List<StudyExport.Column> dictionary,
      String waveLevels,
      ExportSubset subset,
      StudyDataRepository data,
      UUID studyId,
      Pseudonyms ids,
      PseudonymMac mac) {
    Pseudonyms coders = new Pseudonyms(mac, "coders:" + studyId);
    List<String> aaiHeader = new ArrayList<>(AAI_FIRST_COLUMNS);
    dictionary.add(
        new StudyExport.Column(
            "aai", "participant", StudyExport.PARTICIPANT_LABEL, "text", "", ""));
    dictionary.add(new StudyExport.Column("aai", "wave", "Wave", "category", waveLevels, ""));
    dictionary.add(
        new StudyExport.Column(
            "aai",
            "classification",
            "AAI classification as the coder entered it (U/CC overlays first)",
            "text",
            "",
            ""));
    provenance(dictionary);
    for (AaiScoreColumns.Column c : AaiScoreColumns.COLUMNS) {
      aaiHeader.add(c.name());
      dictionary.add(
          new StudyExport.Column(
              "aai",
              c.name(),
              "AAI scale: " + c.label(),
              "decimal",
              "1..9" + (c.scale().allowsNotScorable() ? " (NS = not scorable)" : ""),
              "scale points"));
    }
    try (ExportZip.Table t = zip.table("aai.csv", aaiHeader)) {
      data.aai(
          studyId,
          rs -> {
            if (!subset.instrument(ExportSubset.AAI) || !subset.wave(rs.getString(2))) {
              return;
            }
            String[] row = new String[aaiHeader.size()];
            row[0] = ids.of(rs.getString(1));
            row[1] = rs.getString(2);
            row[2] = rs.getString(3);
            row[3] = "c" + coders.of(rs.getString(4)).substring(1);
            row[4] = rs.getString(6);
            row[5] = rs.getString(8);
            row[6] = rs.getString(9) == null ? null : rs.getString(9) + " " + rs.getString(10);
            row[7] = rs.getString(11);
            row[8] = rs.getString(12);
            Map<String, String> scores = AaiScoreColumns.decode(rs.getString(5));
            for (int i = AAI_FIRST_COLUMNS.size(); i < row.length; i++) {
              row[i] = scores.get(aaiHeader.get(i));
            }
            t.row(row);
          });
    }
  }
}
