package org.securebase.app.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbench's codings as other features may use them: a consensus coding or a coder's final
 * coding, never a draft (a draft is a coder's unfinished work and may change).
 *
 * <ul>
 *   <li>A study takes one into a participant's wave ({@link #finalsForParticipant}, {@link
 *       #finalForParticipant}); the transcripts are matched by their pseudonymous participant code,
 *       and nothing of the transcript but the coding's result leaves the workbench.
 *   <li>The clinician of the client whose interview it is reads its agreed classification, with
 *       coder and rule ({@link #forClinician}); any other clinician gets a 404, other roles a 403.
 * </ul>
 */
@Component
public class AgreedCodings {

  private final CodingRepository codings;
  private final Interviews interviews;
  private final AuditLog audit;

  AgreedCodings(CodingRepository codings, Interviews interviews, AuditLog audit) {
    this.codings = codings;
    this.interviews = interviews;
    this.audit = audit;
  }

  /**
   * What the clinician of the client sees of an interview's coding.
   *
   * @param consensus the current consensus coding, when the coders have recorded one
   * @param finals when there is no consensus, each coder's current final coding (not yet agreed)
   */
  public record ClientView(
      InterviewTranscript transcript, Optional<StoredCoding> consensus, List<StoredCoding> finals) {

    /** The codings to show: the consensus alone, or else the final codings. */
    public List<StoredCoding> shown() {
      return consensus.map(List::of).orElse(finals);
    }

    /** True when nothing final exists yet (drafts are never shown). */
    public boolean nothingYet() {
      return consensus.isEmpty() && finals.isEmpty();
    }
  }

  /**
   * The current final codings of the transcripts under a participant code: for each transcript its
   * consensus first (when recorded), then each coder's current final coding. Not audited here; the
   * caller audits what it shows.
   */
  @Transactional(readOnly = true)
  public List<StoredCoding> finalsForParticipant(String participantCode) {
    List<StoredCoding> out = new ArrayList<>();
    for (UUID transcriptId : interviews.idsOfParticipant(participantCode)) {
      codings.currentConsensus(transcriptId).filter(StoredCoding::isFinal).ifPresent(out::add);
      codings.currentIndividuals(transcriptId).stream()
          .filter(StoredCoding::isFinal)
          .forEach(out::add);
    }
    return out;
  }

  /**
   * The coding, when it is one of {@link #finalsForParticipant}: current, final (or consensus) and
   * on a transcript under that participant code. A draft, an older version or another participant's
   * coding is empty.
   */
  @Transactional(readOnly = true)
  public Optional<StoredCoding> finalForParticipant(UUID codingId, String participantCode) {
    if (codingId == null) {
      return Optional.empty();
    }
    return finalsForParticipant(participantCode).stream()
        .filter(c -> c.id().equals(codingId))
        .findFirst();
  }

  /**
   * The agreed classification of an interview of the clinician's own client: the consensus when
   * recorded, otherwise each coder's final coding; never a draft. Audited as a read of each coding
   * shown.
   *
   * @throws AccessDeniedException for any role but a clinician (403)
   * @throws org.securebase.app.kernel.RecordNotFoundException for a transcript that is not of the
   *     clinician's own client (404)
   */
  @Transactional
  public ClientView forClinician(UUID transcriptId, SignedInUser clinician) {
    if (clinician.role() != Role.CLINICIAN) {
      throw new AccessDeniedException(
          "the agreed classification is shown to the client's clinician");
    }
    InterviewTranscript t = interviews.describeOwnClient(transcriptId, clinician);
    Optional<StoredCoding> consensus =
        codings.currentConsensus(transcriptId).filter(StoredCoding::isFinal);
    List<StoredCoding> finals =
        consensus.isPresent()
            ? List.of()
            : codings.currentIndividuals(transcriptId).stream()
                .filter(StoredCoding::isFinal)
                .toList();
    audit.record("READ_AGREED", BlindCoding.RECORD_TYPE, "transcript:" + transcriptId);
    consensus.ifPresent(c -> audit.record("READ", BlindCoding.RECORD_TYPE, c.id()));
    finals.forEach(c -> audit.record("READ", BlindCoding.RECORD_TYPE, c.id()));
    return new ClientView(t, consensus, finals);
  }
}
