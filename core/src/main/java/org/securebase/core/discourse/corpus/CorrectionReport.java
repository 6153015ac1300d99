package org.securebase.core.discourse.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.securebase.core.discourse.IndicatorType;
import org.securebase.core.reliability.ConfidenceInterval;

/**
 * The analyzer's precision and recall as a lab's coders see it on their own transcripts, from their
 * corrections: for each transcript a coder reviewed, how many marks the analyzer made per
 * indicator, how many of them the coder marked wrong, and how many the coder added as missed.
 *
 * <p>Precision = (marks - wrong) / marks; recall = (marks - wrong) / (marks - wrong + missed), each
 * with a Wilson score interval. These are the coders' judgement of the tool, not a gold standard: a
 * mark nobody corrected counts as right. Below {@link #minimumReviews} reviewed transcripts the
 * report gives no figures ("too few to say"), the same rule as the calibration report (its {@code
 * minimumTranscripts}). Immutable.
 *
 * @param reviews transcripts reviewed (a coder and a transcript with at least one correction)
 * @param minimumReviews reviews needed before figures are given
 * @param rows one per indicator, in {@link IndicatorType} order
 */
public record CorrectionReport(int reviews, int minimumReviews, List<Row> rows) {

  public CorrectionReport {
    rows = List.copyOf(rows);
  }

  /** One reviewed transcript: the analyzer's marks, and the coder's corrections, per indicator. */
  public record Review(
      Map<IndicatorType, Integer> marks,
      Map<IndicatorType, Integer> wrong,
      Map<IndicatorType, Integer> missed) {}

  /** One indicator's counts and, when there are enough reviews, its figures. */
  public record Row(
      IndicatorType type,
      int marks,
      int wrong,
      int missed,
      Optional<Double> precision,
      Optional<ConfidenceInterval> precisionInterval,
      Optional<Double> recall,
      Optional<ConfidenceInterval> recallInterval) {}

  /** True when there are enough reviews for figures. */
  public boolean enough() {
    return reviews >= minimumReviews;
  }

  /** Totals over all indicators: marks, wrong, missed. */
  public int[] totals() {
    int[] t = new int[3];
    for (Row r : rows) {
      t[0] += r.marks();
      t[1] += r.wrong();
      t[2] += r.missed();
    }
    return t;
  }

  public static CorrectionReport of(List<Review> reviews, int minimumReviews, double level) {
    Map<IndicatorType, int[]> sums = new EnumMap<>(IndicatorType.class);
    for (IndicatorType type : IndicatorType.values()) {
      sums.put(type, new int[3]);
    }
    for (Review r : reviews) {
      for (IndicatorType type : IndicatorType.values()) {
        int[] s = sums.get(type);
        s[0] += r.marks().getOrDefault(type, 0);
        s[1] += r.wrong().getOrDefault(type, 0);
        s[2] += r.missed().getOrDefault(type, 0);
      }
    }
    boolean enough = reviews.size() >= minimumReviews;
    List<Row> rows = new ArrayList<>();
    for (IndicatorType type : IndicatorType.values()) {
      int[] s = sums.get(type);
      int right = Math.max(0, s[0] - s[1]);
      rows.add(
          new Row(
              type,
              s[0],
              s[1],
              s[2],
              enough ? ratio(right, s[0]) : Optional.empty(),
              enough ? wilson(s[0], right, level) : Optional.empty(),
              enough ? ratio(right, right + s[2]) : Optional.empty(),
              enough ? wilson(right + s[2], right, level) : Optional.empty()));
    }
    return new CorrectionReport(reviews.size(), minimumReviews, rows);
  }

  private static Optional<Double> ratio(int a, int b) {
    return b == 0 ? Optional.empty() : Optional.of((double) a / b);
  }

  private static Optional<ConfidenceInterval> wilson(int trials, int successes, double level) {
    if (trials == 0) {
      return Optional.empty();
    }
    var ci = new WilsonScoreInterval().createInterval(trials, successes, level);
    return Optional.of(
        new ConfidenceInterval(ci.getLowerBound(), ci.getUpperBound(), level, "Wilson score"));
  }
}
