package org.securebase.core.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All scores of one response set, in definition order (per target, then the global scores).
 * Immutable.
 *
 * @param instrumentId the instrument scored
 * @param instrumentVersion the definition version applied
 * @param scores every subscale score, missing ones included
 */
public record ScoreSheet(String instrumentId, String instrumentVersion, List<Score> scores) {

  public ScoreSheet {
    scores = List.copyOf(scores);
  }

  /** The score of a subscale for a single-target instrument. */
  public Optional<Score> find(String subscaleId) {
    return find(subscaleId, null);
  }

  /**
   * The score of a subscale for a target ({@code mother}, {@link Score#GLOBAL}, or {@code null}).
   */
  public Optional<Score> find(String subscaleId, String target) {
    return scores.stream()
        .filter(s -> s.subscaleId().equals(subscaleId) && Objects.equals(s.target(), target))
        .findFirst();
  }
}
