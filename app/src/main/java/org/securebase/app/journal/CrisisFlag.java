package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * That an entry held crisis language: which log, which entry, when, and by which phrase list. It
 * carries no text of the entry.
 */
public record CrisisFlag(
    UUID id,
    UUID clientId,
    String source,
    UUID entryId,
    OffsetDateTime raisedAt,
    String phraseListVersion) {

  /** "journal" or "activation log", as written on screen. */
  public String logName() {
    return source.equals("JOURNAL") ? "journal" : "activation log";
  }
}
