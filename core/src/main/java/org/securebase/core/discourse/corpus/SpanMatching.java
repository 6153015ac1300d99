package org.securebase.core.discourse.corpus;

import java.util.List;

/**
 * Matches found spans to expected spans of one indicator in one item.
 *
 * <p><b>Overlap matching</b>: a found span matches an expected span of the same indicator when the
 * two share at least one character ({@code found.start < expected.end && expected.start <
 * found.end}). Matching is one to one and greedy in text order: each found span, taken by start
 * offset, takes the first expected span it overlaps that no earlier found span took. A true
 * positive is a matched pair; an unmatched found span is a false positive; an unmatched expected
 * span is a false negative. Overlap rather than exact boundaries is used because where evidence
 * begins and ends is a matter of judgement (a coder may mark "I don't remember" or the whole
 * sentence); what matters for a coder's aid is that the highlight lands on the evidence. Stateless.
 */
final class SpanMatching {

  private SpanMatching() {}

  /** Match flags: {@code foundMatched[i]} and {@code expectedMatched[j]}. */
  record Result(boolean[] foundMatched, boolean[] expectedMatched, int truePositives) {}

  /** Both lists hold {start, end} pairs sorted by start. */
  static Result match(List<int[]> found, List<int[]> expected) {
    boolean[] f = new boolean[found.size()];
    boolean[] e = new boolean[expected.size()];
    int tp = 0;
    for (int i = 0; i < found.size(); i++) {
      int[] a = found.get(i);
      for (int j = 0; j < expected.size(); j++) {
        int[] b = expected.get(j);
        if (!e[j] && a[0] < b[1] && b[0] < a[1]) {
          e[j] = true;
          f[i] = true;
          tp++;
          break;
        }
      }
    }
    return new Result(f, e, tp);
  }
}
