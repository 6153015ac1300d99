package org.securebase.app.practice;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.securebase.core.practice.PracticeInputs;
import org.securebase.core.practice.PracticeScript;

/**
 * One guided practice for one client: what it was built from, its script (as generated or as the
 * clinician edited it), and whether the clinician has approved it. Only an approved practice
 * reaches the client.
 */
public record Practice(
    UUID id,
    UUID clientId,
    UUID createdBy,
    OffsetDateTime createdAt,
    boolean requestedByClient,
    Status status,
    PracticeInputs inputs,
    PracticeScript script,
    boolean edited,
    int version,
    UUID approvedBy,
    OffsetDateTime approvedAt,
    UUID objectiveKey) {

  /** Where a practice stands. */
  public enum Status {
    DRAFT,
    APPROVED,
    WITHDRAWN
  }

  /** Message key of the style's name. */
  public String styleKey() {
    return "practice.style." + inputs.style().name();
  }

  /** Message key of the status's words. */
  public String statusKey() {
    return "practice.status." + status.name();
  }

  public boolean approved() {
    return status == Status.APPROVED;
  }
}
