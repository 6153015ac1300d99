package org.securebase.core.discourse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.securebase.core.transcript.Speaker;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.Turn;

/**
 * Renders a transcript as an HTML fragment with the evidence of each indicator highlighted in
 * place.
 *
 * <p>Structure: {@code <div class="sb-transcript">} holding one {@code <p class="sb-turn
 * sb-participant|sb-interviewer|sb-narrator" data-turn="3" data-question="4">} per turn, each
 * starting with a {@code <span class="sb-speaker">}. Evidence is wrapped in {@code <mark
 * class="sb-ind sb-ind-lack_of_recall ..." data-indicators="lack_of_recall ...">}; where indicators
 * overlap, the text is cut at every boundary so marks never nest and each piece lists every
 * indicator covering it. All transcript text is HTML-escaped, so the fragment is safe to embed.
 * Thread-safe.
 */
public final class HighlightHtml {
  private HighlightHtml() {}

  /** Renders the fragment. */
  public static String render(Transcript transcript, AnalysisResult result) {
    String text = transcript.text();
    StringBuilder out = new StringBuilder(text.length() * 2);
    out.append("<div class=\"sb-transcript\" data-analyzer=\"")
        .append(escape(result.analyzerVersion()))
        .append("\" data-lexicon=\"")
        .append(escape(result.lexiconVersion()))
        .append("\">\n");
    List<List<Indicator>> byTurn = new ArrayList<>();
    for (int i = 0; i < transcript.turns().size(); i++) {
      byTurn.add(new ArrayList<>());
    }
    for (Indicator indicator : result.indicators()) {
      if (indicator.turnIndex() >= 0 && indicator.turnIndex() < byTurn.size()) {
        byTurn.get(indicator.turnIndex()).add(indicator);
      }
    }
    for (Turn turn : transcript.turns()) {
      List<Indicator> inTurn = byTurn.get(turn.index());
      String speaker = turn.speaker().name().toLowerCase(Locale.ROOT);
      out.append("<p class=\"sb-turn sb-").append(speaker).append("\" data-turn=\"");
      out.append(turn.index()).append('"');
      if (turn.question() != null) {
        out.append(" data-question=\"").append(turn.question()).append('"');
      }
      out.append("><span class=\"sb-speaker\">").append(label(turn.speaker())).append("</span> ");
      renderTurn(text, turn, inTurn, out);
      out.append("</p>\n");
    }
    out.append("</div>\n");
    return out.toString();
  }

  /**
   * One sweep over the turn: cut at every start and end, keep the indicators active at the current
   * piece, so the cost grows with the text and the number of overlapping indicators, not their
   * product.
   */
  private static void renderTurn(
      String text, Turn turn, List<Indicator> inTurn, StringBuilder out) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(turn.start());
    cuts.add(turn.end());
    for (Indicator indicator : inTurn) {
      cuts.add(clamp(indicator.start(), turn));
      cuts.add(clamp(indicator.end(), turn));
    }
    List<Indicator> byStart = new ArrayList<>(inTurn);
    byStart.sort(Comparator.comparingInt(Indicator::start));
    List<Indicator> active = new ArrayList<>();
    int next = 0;
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      final int pieceStart = from;
      active.removeIf(indicator -> clamp(indicator.end(), turn) <= pieceStart);
      while (next < byStart.size() && clamp(byStart.get(next).start(), turn) <= pieceStart) {
        Indicator indicator = byStart.get(next++);
        if (clamp(indicator.end(), turn) > pieceStart) {
          active.add(indicator);
        }
      }
      String piece = escape(text.substring(from, to));
      if (active.isEmpty()) {
        out.append(piece);
      } else {
        List<String> ids = new ArrayList<>();
        for (Indicator indicator : active) {
          if (!ids.contains(indicator.id())) {
            ids.add(indicator.id());
          }
        }
        out.append("<mark class=\"sb-ind");
        for (String id : ids) {
          out.append(" sb-ind-").append(id);
        }
        out.append("\" data-indicators=\"").append(String.join(" ", ids)).append("\">");
        out.append(piece).append("</mark>");
      }
      from = to;
    }
  }

  private static int clamp(int offset, Turn turn) {
    return Math.max(turn.start(), Math.min(turn.end(), offset));
  }

  private static String label(Speaker speaker) {
    return switch (speaker) {
      case INTERVIEWER -> "I:";
      case PARTICIPANT -> "R:";
      case NARRATOR -> "";
    };
  }

  /** Escapes the five HTML-significant characters. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
