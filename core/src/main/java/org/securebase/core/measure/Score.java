package org.securebase.core.measure;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One subscale score, carrying the instrument id and definition version that produced it. A missing
 * score (too many unanswered items) has a {@code null} value, never zero. Immutable.
 *
 * @param instrumentId the instrument scored
 * @param instrumentVersion the definition version whose keys were applied
 * @param subscaleId the subscale
 * @param target the relationship target (ECR-RS), {@link #GLOBAL} for the mean over targets, or
 *     {@code null} for single-target instruments
 * @param value the score, or {@code null} when missing
 * @param answered how many of the subscale's items (or, for {@link #GLOBAL}, targets) were scored
 * @param total how many items (or targets) the subscale has
 */
public record Score(
    String instrumentId,
    String instrumentVersion,
    String subscaleId,
    String target,
    Double value,
    int answered,
    int total) {

  /** Target name of the global score: the mean over the targets with a score. */
  public static final String GLOBAL = "global";

  /** Whether the score could not be computed under the missing-data rule. */
  @JsonIgnore // derived; kept out of JSON so a serialized definition parses back
  public boolean isMissing() {
    return value == null;
  }
}
