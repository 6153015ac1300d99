package org.securebase.core.discourse.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.securebase.core.discourse.IndicatorType;

/**
 * Converts inline span markup into plain text and character offsets, so that an author marks the
 * words themselves and never counts characters: {@code [[lack_of_recall|I don't remember]]}.
 * Several indicators over the same words are separated by commas ({@code [[a,b|words]]}); spans
 * nest ({@code [[reflective|she was [[balanced_evaluation|cold, and overwhelmed]]]]}). A single
 * {@code [} or {@code ]} is ordinary text. Stateless and thread-safe.
 */
public final class CorpusMarkup {

  /** Plain text with its spans. */
  public record Marked(String text, List<GoldSpan> spans) {
    public Marked {
      spans = List.copyOf(spans);
    }
  }

  private record Open(List<IndicatorType> types, int start) {}

  private CorpusMarkup() {}

  /**
   * Removes the markup and returns the spans over the remaining text.
   *
   * @throws CorpusFormatException on an unknown indicator id, a missing {@code |}, an unclosed or
   *     unopened span, or an empty span
   */
  public static Marked parse(String source) {
    StringBuilder text = new StringBuilder(source.length());
    Deque<Open> open = new ArrayDeque<>();
    List<GoldSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("[[", i)) {
        int bar = source.indexOf('|', i + 2);
        if (bar < 0) {
          throw new CorpusFormatException("'[[' without '|' at character " + i);
        }
        open.push(new Open(types(source.substring(i + 2, bar)), text.length()));
        i = bar + 1;
      } else if (source.startsWith("]]", i) && !open.isEmpty()) {
        Open o = open.pop();
        if (text.length() == o.start()) {
          throw new CorpusFormatException("empty span at character " + i);
        }
        for (IndicatorType type : o.types()) {
          spans.add(new GoldSpan(type, o.start(), text.length()));
        }
        i += 2;
      } else {
        text.append(source.charAt(i));
        i++;
      }
    }
    if (!open.isEmpty()) {
      throw new CorpusFormatException("unclosed '[[' span");
    }
    spans.sort(
        (a, b) ->
            a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.end() - b.end());
    return new Marked(text.toString(), spans);
  }

  private static List<IndicatorType> types(String ids) {
    List<IndicatorType> out = new ArrayList<>();
    for (String id : ids.split(",")) {
      try {
        out.add(IndicatorType.ofId(id.strip()));
      } catch (IllegalArgumentException e) {
        throw new CorpusFormatException("unknown indicator id '" + id.strip() + "'");
      }
    }
    return out;
  }
}
