package org.securebase.app.measure;

import java.util.UUID;
import org.securebase.core.measure.Reliability;
import org.securebase.core.measure.ScoreSpread;

/**
 * The reliability and SD that reliable change uses for one subscale and target, each with its
 * source, as a clinician or administrator entered them. Either part may be absent.
 *
 * @param target target id, {@code global}, or {@code ""} for single-target instruments
 * @param stamp who entered the values and when; null before they are saved
 */
public record ChangeParameter(
    UUID id,
    String instrumentId,
    String instrumentVersion,
    String subscaleId,
    String target,
    Reliability reliability,
    ScoreSpread spread,
    int version,
    Stamp stamp) {

  /**
   * Who last entered the values and when: a value set by one clinician applies to every client, so
   * the page says whose it is.
   */
  public record Stamp(UUID enteredBy, java.time.Instant updatedAt) {}
}
