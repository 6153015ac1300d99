package org.securebase.app.coding;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.securebase.core.attachment.Coding;

/**
 * One stored version of a coding with who made it.
 *
 * @param coding the core coding (scores, classification, status, version, correction reason)
 * @param consensusOf for a consensus coding, the usernames of the coders who agreed it
 * @param lockVersion guards a draft against concurrent saves
 * @param earned the stored earned/continuous result of a final coding, or null
 */
public record StoredCoding(
    UUID id,
    UUID transcriptId,
    UUID coderId,
    String coderUsername,
    String coderName,
    CodingKind kind,
    Coding coding,
    String consensusOf,
    int lockVersion,
    OffsetDateTime createdAt,
    OffsetDateTime finalizedAt,
    StoredEarned earned) {

  public boolean isFinal() {
    return coding.isFinal();
  }

  public int version() {
    return coding.version();
  }

  /** The classification in the usual notation, or an empty string. */
  public String notation() {
    return coding.classification().map(c -> c.notation()).orElse("");
  }

  StoredCoding withEarned(StoredEarned e) {
    return new StoredCoding(
        id,
        transcriptId,
        coderId,
        coderUsername,
        coderName,
        kind,
        coding,
        consensusOf,
        lockVersion,
        createdAt,
        finalizedAt,
        e);
  }
}
