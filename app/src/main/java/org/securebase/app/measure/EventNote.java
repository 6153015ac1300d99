package org.securebase.app.measure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated note a clinician puts on the same time axis as the scores: a setback, a life event, a
 * medication change. The note is health information and is stored encrypted.
 */
public record EventNote(
    UUID id, UUID clientId, LocalDate occurredOn, Kind kind, String note, int version) {

  /** What kind of event it was. */
  public enum Kind {
    SETBACK("Setback"),
    LIFE_EVENT("Life event"),
    MEDICATION("Medication change"),
    OTHER("Other");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
