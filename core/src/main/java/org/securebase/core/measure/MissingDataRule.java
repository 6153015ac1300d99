package org.securebase.core.measure;

/**
 * How many items of a subscale may be missing before its score is missing. With at most {@code
 * maxMissingFraction} of the items missing the score is the mean of the answered items; with more
 * the score is missing, never zero.
 *
 * @param maxMissingFraction largest allowed share of missing items, 0 to 1 (0.20 for the ECR
 *     family)
 * @param description the rule in words, for footnotes
 */
public record MissingDataRule(double maxMissingFraction, String description) {

  /** Whether a subscale with {@code missing} of {@code total} items missing may still be scored. */
  public boolean allows(int missing, int total) {
    // The small tolerance keeps 20% of 10 items (exactly 2) inside the rule despite binary
    // fractions.
    return missing < total && missing <= maxMissingFraction * total + 1e-9;
  }
}
