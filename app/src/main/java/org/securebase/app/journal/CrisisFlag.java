package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * That an entry held crisis language: which log, which entry, when, and by which phrase list. It
 * carries no text of the entry. {@code reviewedByName} and {@code reviewedAt} say which clinician
 * marked it as seen, and when; both null while nobody has.
 */
public record CrisisFlag(
    UUID id,
    UUID clientId,
    String source,
    UUID entryId,
    OffsetDateTime raisedAt,
    String phraseListVersion,
    String reviewedByName,
    OffsetDateTime reviewedAt) {

  public boolean isReviewed() {
    return reviewedAt != null;
  }

  /** "journal", "activation log", "guided practice" or "questionnaire", as written on screen. */
  public String logName() {
    return switch (source) {
      case "JOURNAL" -> "journal";
      case "PRACTICE" -> "guided practice";
      case "MEASURE" -> "questionnaire";
      default -> "activation log";
    };
  }
}
