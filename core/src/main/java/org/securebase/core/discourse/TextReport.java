package org.securebase.core.discourse;

import java.util.Locale;
import org.securebase.core.transcript.Transcript;

/**
 * A plain-text report for the terminal: versions, the profile table, then each piece of evidence.
 */
public final class TextReport {
  private static final int EVIDENCE_CHARS = 120;

  private TextReport() {}

  /** Renders the report; {@code title} names the source (a file name). */
  public static String render(String title, Transcript transcript, AnalysisResult result) {
    StringBuilder out = new StringBuilder();
    Profile profile = result.profile();
    out.append("Discourse indicators: ").append(title).append('\n');
    out.append("analyzer ")
        .append(result.analyzerVersion())
        .append(", lexicons ")
        .append(result.lexiconVersion())
        .append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%d turns, %d participant words, %d indicators%n",
            transcript.turns().size(),
            profile.words(),
            result.indicators().size()));
    out.append("Evidence for a trained coder to weigh; not a classification of the speaker.\n\n");
    out.append(String.format(Locale.ROOT, "%-24s %6s %10s%n", "group", "count", "per 1000 w"));
    for (IndicatorGroup group : IndicatorGroup.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %6d %10.2f%n",
              group.label(),
              profile.count(group),
              profile.rate(group)));
    }
    out.append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %-40s %6s %10s%n",
            "indicator",
            "maxim / scale",
            "count",
            "per 1000 w"));
    for (IndicatorType type : IndicatorType.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %-40s %6d %10.2f%n",
              type.id(),
              type.maxim() + " / " + type.scale(),
              profile.count(type),
              profile.rate(type)));
    }
    appendEvidence(out, result);
    return out.toString();
  }

  private static void appendEvidence(StringBuilder out, AnalysisResult result) {
    if (!result.indicators().isEmpty()) {
      out.append("\nEvidence\n");
      for (Indicator indicator : result.indicators()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  turn %d%s  %-20s \"%s\"%n",
                indicator.turnIndex(),
                indicator.question() == null ? "" : ", Q" + indicator.question(),
                indicator.id(),
                shorten(indicator.text())));
      }
    }
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= EVIDENCE_CHARS ? flat : flat.substring(0, EVIDENCE_CHARS - 3) + "...";
  }
}
