package org.securebase.app.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A session: date, modality, framework, problem, notes and progress note (all encrypted text). Its
 * note is a draft, which the clinician may edit, until signed ({@code signedAt}); a signed note is
 * locked and changes only by an addendum. {@code version} guards the edit of a draft.
 */
public record TherapySession(
    UUID id,
    UUID clientId,
    int number,
    LocalDate heldOn,
    String modality,
    String framework,
    String problem,
    String notes,
    String progressNote,
    List<Progress> progress,
    int version,
    OffsetDateTime signedAt,
    String signedByName) {

  public boolean isSigned() {
    return signedAt != null;
  }

  TherapySession withProgress(List<Progress> rows) {
    return new TherapySession(
        id,
        clientId,
        number,
        heldOn,
        modality,
        framework,
        problem,
        notes,
        progressNote,
        List.copyOf(rows),
        version,
        signedAt,
        signedByName);
  }

  /** Progress counted toward one objective in this session. */
  public record Progress(UUID objectiveKey, int count) {}
}
