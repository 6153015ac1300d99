package org.securebase.core.discourse.corpus;

import java.util.Objects;
import org.securebase.core.discourse.IndicatorType;

/**
 * One expected indicator over a span of an item's text. {@code start} and {@code end} are UTF-16
 * {@link String} indices into the item's plain text (markup removed), {@code end} exclusive, the
 * same currency as {@link org.securebase.core.discourse.Indicator}.
 *
 * @param type the indicator a coder expects here
 * @param start first character
 * @param end one past the last character
 */
public record GoldSpan(IndicatorType type, int start, int end) {

  /** Checks that the span is non-empty. */
  public GoldSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or inverted span " + start + ".." + end);
    }
  }

  /** True when the two spans share at least one character. */
  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
