package org.securebase.app.interview;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.securebase.core.transcript.Transcript;

/**
 * An imported interview transcript and who may work on it.
 *
 * @param participantCode the pseudonymous study participant code, or null
 * @param clientId the client it belongs to (imported by the client's clinician), or null
 * @param clientName the client's pseudonym, for the clinician's view; null for coders
 * @param importedBy the account that imported it (and may assign coders)
 * @param content the decrypted text and turns; null in lists
 */
public record InterviewTranscript(
    UUID id,
    String participantCode,
    UUID clientId,
    String clientName,
    UUID importedBy,
    String importedByName,
    String sourceFormat,
    int turnCount,
    int wordCount,
    OffsetDateTime createdAt,
    List<AssignedCoder> coders,
    Transcript content) {

  public InterviewTranscript {
    coders = List.copyOf(coders);
  }

  /** A short label that identifies the transcript without naming anyone. */
  public String label() {
    String code = participantCode != null ? participantCode : clientName;
    return (code == null ? "Transcript" : code) + " · " + id.toString().substring(0, 8);
  }

  public boolean isAssigned(UUID coderId) {
    return coders.stream().anyMatch(c -> c.id().equals(coderId));
  }

  InterviewTranscript withContent(Transcript transcript) {
    return new InterviewTranscript(
        id,
        participantCode,
        clientId,
        clientName,
        importedBy,
        importedByName,
        sourceFormat,
        turnCount,
        wordCount,
        createdAt,
        coders,
        transcript);
  }
}
