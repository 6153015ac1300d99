package org.securebase.app.study;

import java.util.LinkedHashMap;
import java.util.Map;
import org.securebase.core.attachment.Classification;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.CodingStatus;
import org.securebase.core.attachment.InvalidEntryException;
import org.securebase.core.attachment.ScaleScore;

/**
 * An AAI row: a classification and scale scores, accepted only with the coder who made them and
 * only when they meet the rules of a final coding in the workbench.
 */
final class AaiCheck implements ImportCheck {

  private final StudyDataRepository data;

  AaiCheck(StudyDataRepository data) {
    this.data = data;
  }

  @Override
  public String check(ImportContext ctx, ImportRow row) {
    Participant p = row.participant(ctx);
    StudyWave w = row.wave(ctx);
    String coder = ImportRow.blankToNull(row.get("coder"));
    String notation = ImportRow.blankToNull(row.get("classification"));
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
    String stored = AaiScoreColumns.encode(scores(row));
    if (!row.hasProblems) {
      checkAsFinalCoding(row, coder, classification, stored);
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

  private static Map<AaiScoreColumns.Column, ScaleScore> scores(ImportRow row) {
    Map<AaiScoreColumns.Column, ScaleScore> scores = new LinkedHashMap<>();
    for (AaiScoreColumns.Column c : AaiScoreColumns.COLUMNS) {
      String text = ImportRow.blankToNull(row.get(c.name()));
      if (text == null) {
        continue;
      }
      try {
        scores.put(c, AaiScoreColumns.parse(c, text));
      } catch (InvalidEntryException e) {
        row.problem(c.name(), e.getMessage().substring(e.field().length() + 2));
      }
    }
    return scores;
  }

  /**
   * The same rules a final coding in the workbench meets: a classification or at least a
   * coherence-of-mind score, and every score valid for its scale.
   */
  private static void checkAsFinalCoding(
      ImportRow row, String coder, Classification classification, String stored) {
    try {
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
}
