package org.securebase.core.measure;

import java.util.Map;
import java.util.TreeMap;

/**
 * The answer range of an item: whole numbers from {@code min} to {@code max} inclusive, with labels
 * for some points (the anchors). Immutable.
 *
 * @param min lowest allowed answer
 * @param max highest allowed answer
 * @param anchors label per scale point; need not cover every point
 */
public record ResponseScale(int min, int max, Map<Integer, String> anchors) {

  public ResponseScale {
    anchors = anchors == null ? Map.of() : Map.copyOf(new TreeMap<>(anchors));
  }

  /** Whether {@code value} is an allowed answer. */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /** The reverse-keyed value: {@code min + max - value}, so 8 - x on a 1-7 scale. */
  public int reverse(int value) {
    return min + max - value;
  }
}
