package org.securebase.app.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A session: date, modality, framework, problem, notes and progress note (all encrypted text). */
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
    List<Progress> progress) {

  /** Progress counted toward one objective in this session. */
  public record Progress(UUID objectiveKey, int count) {}
}
