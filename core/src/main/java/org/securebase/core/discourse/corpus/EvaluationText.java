package org.securebase.core.discourse.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.securebase.core.discourse.IndicatorType;
import org.securebase.core.reliability.ConfidenceInterval;

/**
 * The evaluation as text for a terminal, with its tables in Markdown so they can be pasted into a
 * README unchanged. Stateless.
 */
public final class EvaluationText {

  private static final int CONFUSIONS_SHOWN = 12;

  private EvaluationText() {}

  public static String render(EvaluationReport r) {
    StringBuilder b = new StringBuilder();
    b.append(
        f(
            "Discourse indicators measured on %s: %d items (%d excerpts, %d transcripts), %d"
                + " expected spans.%n",
            r.source(), r.items(), r.excerpts(), r.transcripts(), r.expectedSpans()));
    b.append(f("Engine: %s. Baseline: %s.%n", r.engine().method(), r.baseline().method()));
    b.append(
        f(
            "%.0f%% intervals: Wilson score for precision (P) and recall (R); F1 by percentile"
                + " bootstrap over items (%d replicates, seed %d).%n",
            100 * r.policy().confidenceLevel(),
            r.policy().bootstrapReplicates(),
            r.policy().seed()));
    b.append(
        "A found span counts when it shares at least one character with an expected span of the"
            + " same indicator (one to one). This measures a coder's aid on synthetic text;"
            + " it classifies nobody.\n\n");
    b.append("Span level\n\n");
    table(b, r, true);
    b.append("\nItem level (does the excerpt or transcript contain the indicator at all)\n\n");
    table(b, r, false);
    b.append("\nConfusion of the engine's unmatched spans (found -> expected; none = nothing)\n\n");
    List<Confusion.Cell> cells = r.engine().confusion().ranked();
    for (int i = 0; i < Math.min(CONFUSIONS_SHOWN, cells.size()); i++) {
      Confusion.Cell c = cells.get(i);
      b.append(f("  %-22s -> %-22s %4d%n", c.found(), c.expected(), c.count()));
    }
    if (cells.size() > CONFUSIONS_SHOWN) {
      b.append(f("  ... %d more (see --format json)%n", cells.size() - CONFUSIONS_SHOWN));
    }
    return b.toString();
  }

  private static void table(StringBuilder b, EvaluationReport r, boolean span) {
    b.append(
        "| indicator | expected | found | P [95% CI] | R [95% CI] | F1 [95% CI] | baseline P"
            + " | baseline R | baseline F1 |\n");
    b.append("|---|---:|---:|---|---|---|---:|---:|---:|\n");
    for (IndicatorType type : IndicatorType.values()) {
      Score e = span ? r.engine().span(type) : r.engine().item(type);
      Score d = span ? r.baseline().span(type) : r.baseline().item(type);
      b.append(
          f(
              "| %s | %d | %d | %s | %s | %s | %s | %s | %s |%n",
              type.id(),
              e.expected(),
              e.found(),
              withInterval(e.precision(), e.precisionInterval()),
              withInterval(e.recall(), e.recallInterval()),
              withInterval(e.f1(), e.f1Interval()),
              number(d.precision()),
              number(d.recall()),
              number(d.f1())));
    }
  }

  static String number(Optional<Double> v) {
    return v.map(x -> f("%.2f", x)).orElse("-");
  }

  static String withInterval(Optional<Double> v, Optional<ConfidenceInterval> ci) {
    if (v.isEmpty()) {
      return "-";
    }
    return number(v) + ci.map(c -> f(" [%.2f, %.2f]", c.lower(), c.upper())).orElse("");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
