package org.securebase.app.practice;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One time the client did a practice, with the 0-10 checks before and after ("how settled", "how
 * real do things feel") and whether the answers asked for grounding-only practice.
 */
public record PracticeSession(
    UUID id,
    UUID practiceId,
    UUID clientId,
    OffsetDateTime startedAt,
    int beforeSettled,
    int beforeReal,
    OffsetDateTime completedAt,
    Integer afterSettled,
    Integer afterReal,
    Boolean afterUnreal,
    boolean groundingOnly) {

  public boolean completed() {
    return completedAt != null;
  }
}
