package org.securebase.core.discourse;

/**
 * One piece of evidence: an indicator that fired on a span of the transcript text.
 *
 * <p>{@code start} and {@code end} are UTF-16 {@link String} indices into {@code Transcript.text()}
 * ({@code end} exclusive); {@code text} is exactly that substring. {@code linkStart}/{@code
 * linkEnd} point at related words elsewhere (for a contradiction, the positive claim it
 * contradicts) or are both -1. {@code weight} is 1.0 for an ordinary occurrence and up to 2.0 for a
 * stronger one (for example a repeated lack of recall within one question).
 *
 * @param type which indicator
 * @param start first character of the evidence
 * @param end one past the last character
 * @param turnIndex the turn the evidence sits in
 * @param question the question in effect for that turn, or {@code null} when the source gave none
 * @param text the evidence words
 * @param weight strength of this occurrence, 1.0 to 2.0
 * @param linkStart start of related words, or -1
 * @param linkEnd end of related words, or -1
 */
public record Indicator(
    IndicatorType type,
    int start,
    int end,
    int turnIndex,
    Integer question,
    String text,
    double weight,
    int linkStart,
    int linkEnd) {

  /** The stable indicator identifier, e.g. {@code lack_of_recall}. */
  public String id() {
    return type.id();
  }

  /** The maxim the indicator speaks to. */
  public String maxim() {
    return type.maxim();
  }

  /** The coding scale the indicator informs. */
  public String scale() {
    return type.scale();
  }

  /** True when the indicator points at related words elsewhere. */
  public boolean hasLink() {
    return linkStart >= 0;
  }
}
