package org.securebase.core.discourse.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.securebase.core.discourse.Indicator;
import org.securebase.core.discourse.IndicatorType;
import org.securebase.core.reliability.ConfidenceInterval;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptFormatException;
import org.securebase.core.transcript.TranscriptParser;

/**
 * Scores a {@link Detector} against a labelled {@link Corpus}, per indicator.
 *
 * <ul>
 *   <li><b>Span level</b>: found spans against expected spans of the same indicator in the same
 *       item, matched by overlap one to one ({@link SpanMatching}).
 *   <li><b>Item level</b>: for each item (excerpt or transcript) and indicator, whether the method
 *       found it at all against whether a coder expects it at all.
 *   <li><b>Intervals</b>: precision and recall get the Wilson score interval (Wilson 1927; Apache
 *       Commons Math {@code WilsonScoreInterval}), which behaves well near 0 and 1 and with small
 *       counts. F1 has no closed-form interval, so it gets a percentile bootstrap over items (Efron
 *       &amp; Tibshirani 1993): items are resampled with replacement, F1 is recomputed from the
 *       resampled counts, and the interval is the central share of those values (Commons Math
 *       {@code Well19937c} with a fixed seed, and {@code Percentile}). Resampling items, not spans,
 *       keeps the spans of one item together, as they are not independent.
 * </ul>
 *
 * Stateless; the detector must be thread-safe.
 */
public final class CorpusEvaluation {

  private static final int EXAMPLES_PER_INDICATOR = 5;
  private static final TranscriptParser PARSER = TranscriptParser.defaults();

  private CorpusEvaluation() {}

  /**
   * Parses an item's text as the analyzer would, checking that offsets point into the same text.
   */
  public static Transcript transcript(CorpusItem item) {
    Transcript t;
    try {
      t = PARSER.parse(item.text());
    } catch (TranscriptFormatException e) {
      throw new CorpusFormatException(item.id() + ": " + e.getMessage());
    }
    if (!t.text().equals(item.text())) {
      throw new CorpusFormatException(item.id() + ": write items as I:/R: lines or plain text");
    }
    return t;
  }

  /** Counts per item, indexed [indicator][item]. */
  private record Tally(int[][] tp, int[][] fp, int[][] fn, int[][] tn) {
    Tally(int items) {
      this(grid(items), grid(items), grid(items), grid(items));
    }

    private static int[][] grid(int items) {
      return new int[IndicatorType.values().length][items];
    }
  }

  public static MethodEvaluation evaluate(
      Corpus corpus, Detector detector, EvaluationPolicy policy) {
    List<CorpusItem> items = corpus.items();
    Tally spans = new Tally(items.size());
    Tally whole = new Tally(items.size());
    Confusion.Builder confusion = new Confusion.Builder();
    List<MethodEvaluation.Miss> errors = new ArrayList<>();
    int[] examples = new int[IndicatorType.values().length];
    for (int n = 0; n < items.size(); n++) {
      CorpusItem item = items.get(n);
      List<Indicator> found = detector.find(transcript(item));
      for (IndicatorType type : IndicatorType.values()) {
        int k = type.ordinal();
        List<int[]> f =
            found.stream().filter(i -> i.type() == type).map(CorpusEvaluation::pair).toList();
        List<int[]> e =
            item.spans().stream()
                .filter(s -> s.type() == type)
                .map(s -> new int[] {s.start(), s.end()})
                .toList();
        SpanMatching.Result m = SpanMatching.match(f, e);
        spans.tp()[k][n] = m.truePositives();
        spans.fp()[k][n] = f.size() - m.truePositives();
        spans.fn()[k][n] = e.size() - m.truePositives();
        boolean has = !f.isEmpty();
        boolean expected = !e.isEmpty();
        (has && expected ? whole.tp() : has ? whole.fp() : expected ? whole.fn() : whole.tn())
                [k][n] =
            1;
        for (int i = 0; i < f.size(); i++) {
          if (!m.foundMatched()[i]) {
            confusion.add(type.id(), overlapping(item.spans(), type, f.get(i)));
            if (examples[k]++ < EXAMPLES_PER_INDICATOR) {
              errors.add(new MethodEvaluation.Miss(item.id(), type, true, words(item, f.get(i))));
            }
          }
        }
        for (int j = 0; j < e.size(); j++) {
          if (!m.expectedMatched()[j]) {
            confusion.add(overlappingFound(found, type, e.get(j)), type.id());
            if (examples[k]++ < EXAMPLES_PER_INDICATOR) {
              errors.add(new MethodEvaluation.Miss(item.id(), type, false, words(item, e.get(j))));
            }
          }
        }
      }
    }
    return new MethodEvaluation(
        detector.name(),
        scores(spans, false, policy),
        scores(whole, true, policy),
        confusion.build(),
        errors);
  }

  private static int[] pair(Indicator i) {
    return new int[] {i.start(), i.end()};
  }

  private static String words(CorpusItem item, int[] span) {
    return item.text().substring(span[0], span[1]);
  }

  private static String overlapping(List<GoldSpan> gold, IndicatorType not, int[] span) {
    for (GoldSpan g : gold) {
      if (g.type() != not && g.overlaps(span[0], span[1])) {
        return g.type().id();
      }
    }
    return Confusion.NONE;
  }

  private static String overlappingFound(List<Indicator> found, IndicatorType not, int[] span) {
    for (Indicator i : found) {
      if (i.type() != not && i.start() < span[1] && span[0] < i.end()) {
        return i.type().id();
      }
    }
    return Confusion.NONE;
  }

  private static List<Score> scores(Tally t, boolean itemLevel, EvaluationPolicy policy) {
    int items = t.tp()[0].length;
    int[][] draws = Bootstrap.draws(items, policy);
    List<Score> out = new ArrayList<>();
    for (IndicatorType type : IndicatorType.values()) {
      int k = type.ordinal();
      int tp = sum(t.tp()[k]);
      int fp = sum(t.fp()[k]);
      int fn = sum(t.fn()[k]);
      out.add(
          new Score(
              type,
              tp,
              fp,
              fn,
              itemLevel ? sum(t.tn()[k]) : 0,
              wilson(tp + fp, tp, policy),
              wilson(tp + fn, tp, policy),
              Bootstrap.f1Interval(t.tp()[k], t.fp()[k], t.fn()[k], draws, policy)));
    }
    return out;
  }

  private static int sum(int[] a) {
    int s = 0;
    for (int v : a) {
      s += v;
    }
    return s;
  }

  private static Optional<ConfidenceInterval> wilson(
      int trials, int successes, EvaluationPolicy p) {
    if (trials == 0) {
      return Optional.empty();
    }
    var ci = new WilsonScoreInterval().createInterval(trials, successes, p.confidenceLevel());
    return Optional.of(
        new ConfidenceInterval(
            ci.getLowerBound(), ci.getUpperBound(), p.confidenceLevel(), "Wilson score"));
  }

  /** The percentile bootstrap of F1 over items. */
  static final class Bootstrap {
    private Bootstrap() {}

    /** How often each item is drawn in each replicate: [replicate][item]. */
    static int[][] draws(int items, EvaluationPolicy policy) {
      RandomGenerator random = new Well19937c(policy.seed());
      int[][] w = new int[policy.bootstrapReplicates()][items];
      for (int[] replicate : w) {
        for (int i = 0; i < items; i++) {
          replicate[random.nextInt(items)]++;
        }
      }
      return w;
    }

    static Optional<ConfidenceInterval> f1Interval(
        int[] tp, int[] fp, int[] fn, int[][] draws, EvaluationPolicy policy) {
      double[] values = new double[draws.length];
      int defined = 0;
      for (int[] w : draws) {
        double a = 0;
        double b = 0;
        double c = 0;
        for (int i = 0; i < w.length; i++) {
          a += w[i] * tp[i];
          b += w[i] * fp[i];
          c += w[i] * fn[i];
        }
        Optional<Double> f1 = Score.f1(a, b, c);
        if (f1.isPresent()) {
          values[defined++] = f1.get();
        }
      }
      if (defined < draws.length / 2) {
        return Optional.empty();
      }
      double tail = (1 - policy.confidenceLevel()) / 2 * 100;
      Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
      double[] v = java.util.Arrays.copyOf(values, defined);
      return Optional.of(
          new ConfidenceInterval(
              p.evaluate(v, tail),
              p.evaluate(v, 100 - tail),
              policy.confidenceLevel(),
              "percentile bootstrap over items, "
                  + policy.bootstrapReplicates()
                  + " replicates, seed "
                  + policy.seed()));
    }
  }
}
