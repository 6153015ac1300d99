package org.securebase.app.discourse;

import java.util.ArrayList;
import java.util.List;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.core.discourse.AnalysisResult;
import org.securebase.core.discourse.Indicator;
import org.securebase.core.discourse.corpus.Corpus;
import org.securebase.core.discourse.corpus.CorpusItem;
import org.securebase.core.discourse.corpus.GoldSpan;

/**
 * A coder's corrections of one transcript as one line of the corpus JSON Lines format ({@link
 * Corpus#SCHEMA}): the transcript text, and as expected spans the analyzer's marks minus those the
 * coder marked wrong, plus those the coder added. {@code securebase evaluate} reads it, so a lab
 * can measure the analyzer on its own material.
 */
final class CorrectionExport {

  private CorrectionExport() {}

  static String line(
      InterviewTranscript t, AnalysisResult analysis, List<Correction> mine, String coder) {
    List<GoldSpan> spans = new ArrayList<>();
    for (Indicator i : analysis.indicators()) {
      boolean wrong =
          mine.stream()
              .anyMatch(
                  c ->
                      c.kind() == Correction.Kind.WRONG
                          && c.indicator() == i.type()
                          && DiscourseCorrections.overlaps(i, c.start(), c.end()));
      if (!wrong) {
        spans.add(new GoldSpan(i.type(), i.start(), i.end()));
      }
    }
    for (Correction c : mine) {
      if (c.kind() == Correction.Kind.MISSED) {
        spans.add(new GoldSpan(c.indicator(), c.start(), c.end()));
      }
    }
    spans.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : a.end() - b.end());
    CorpusItem item =
        new CorpusItem(
            "correction-" + t.id(),
            CorpusItem.Kind.TRANSCRIPT,
            spans.isEmpty() ? CorpusItem.Label.NEGATIVE : CorpusItem.Label.POSITIVE,
            mine.get(0).indicator(),
            "coder-correction",
            "analyzer marks corrected by "
                + coder
                + " (analyzer "
                + analysis.analyzerVersion()
                + ", lexicons "
                + analysis.lexiconVersion()
                + ")",
            t.content().text(),
            spans);
    return Corpus.tree(item).toString();
  }
}
