package org.securebase.core.discourse.corpus;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.securebase.core.discourse.IndicatorType;

/**
 * One labelled item of the corpus: a short excerpt or a longer multi-turn transcript, in the
 * transcript form the analyzer reads ({@code I:}/{@code R:} lines or plain narrative), with the
 * spans a coder expects. Immutable.
 *
 * @param id stable identifier, e.g. {@code recall-007}
 * @param kind excerpt or transcript
 * @param label whether the item shows its focus indicator, nearly does, or does not
 * @param focus the indicator the item was written to test
 * @param pattern a short tag for the wording pattern (e.g. {@code recall-then-detail})
 * @param note the author's reason for the labels, or empty
 * @param text the plain text, markup removed
 * @param spans every expected indicator span, of any indicator, in text order
 */
public record CorpusItem(
    String id,
    Kind kind,
    Label label,
    IndicatorType focus,
    String pattern,
    String note,
    String text,
    List<GoldSpan> spans) {

  /** Short excerpt or longer transcript. */
  public enum Kind {
    EXCERPT,
    TRANSCRIPT;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * What the item is for: a positive shows its focus indicator, a near miss has the surface words
   * of it without the meaning, a negative shows none of it. Other indicators may be marked in any.
   */
  public enum Label {
    POSITIVE,
    NEAR_MISS,
    NEGATIVE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Label ofId(String id) {
      for (Label l : values()) {
        if (l.id().equals(id)) {
          return l;
        }
      }
      throw new CorpusFormatException(
          "unknown case '" + id + "' (use positive, near_miss or negative)");
    }
  }

  public CorpusItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(focus, "focus");
    pattern = pattern == null ? "" : pattern;
    note = note == null ? "" : note;
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
    for (GoldSpan s : spans) {
      if (s.end() > text.length()) {
        throw new CorpusFormatException(id + ": span ends past the text");
      }
    }
  }

  /** The indicators with at least one expected span. */
  public Set<IndicatorType> expected() {
    Set<IndicatorType> out = EnumSet.noneOf(IndicatorType.class);
    spans.forEach(s -> out.add(s.type()));
    return out;
  }

  /** The words of a span. */
  public String words(GoldSpan span) {
    return text.substring(span.start(), span.end());
  }
}
