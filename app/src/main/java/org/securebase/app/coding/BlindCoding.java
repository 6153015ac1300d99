package org.securebase.app.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.ConsistencyRules;
import org.securebase.core.attachment.ConsistencyWarning;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.securebase.core.attachment.InvalidEntryException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blind double coding. Each coder assigned to a transcript keeps one coding of it: a draft that can
 * change, then a final version that never changes (a correction adds the next version with its
 * reason). A coder sees another coder's coding of the same transcript only when both codings are
 * final; before that it is a 404, as if it did not exist. Once both are final either coder may
 * record the consensus, named as theirs.
 *
 * <p>Consistency warnings ({@link ConsistencyRules#DEFAULTS} or configured thresholds) are computed
 * for the coder and never change the entry. Each final coding gets its earned/continuous status
 * under {@link EarnedSecurityRule#DEFAULT}, stored with the rule id, version and parameters.
 */
@Component
public class BlindCoding {

  static final String RECORD_TYPE = "coding";

  private final Interviews interviews;
  private final CodingRepository codings;
  private final AuditLog audit;
  private final ConsistencySettings settings;

  BlindCoding(
      Interviews interviews,
      CodingRepository codings,
      AuditLog audit,
      ConsistencySettings settings) {
    this.interviews = interviews;
    this.codings = codings;
    this.audit = audit;
    this.settings = settings;
  }

  /**
   * The consistency rules in use: the core's defaults unless the deployment configured its own
   * thresholds (then with their own rule-set id).
   */
  public ConsistencyRules rules() {
    return settings.rules();
  }

  /** The transcript as a coder assigned to it sees it (no text); a 404 for anyone else. */
  @Transactional
  public InterviewTranscript transcriptFor(UUID transcriptId, SignedInUser coder) {
    InterviewTranscript t = interviews.describe(transcriptId, coder);
    if (coder.role() != Role.CODER) {
      audit.denied("CODE", RECORD_TYPE, transcriptId);
      throw new RecordNotFoundException("transcript", transcriptId);
    }
    return t;
  }

  /** The coder's own newest coding of the transcript, if they started one. */
  @Transactional
  public Optional<StoredCoding> mine(UUID transcriptId, SignedInUser coder) {
    transcriptFor(transcriptId, coder);
    Optional<StoredCoding> mine = codings.currentIndividual(transcriptId, coder.id());
    mine.ifPresent(c -> audit.record("READ", RECORD_TYPE, c.id()));
    return mine;
  }

  /** Every version of the coder's own coding, newest first. */
  @Transactional
  public List<StoredCoding> myHistory(UUID transcriptId, SignedInUser coder) {
    transcriptFor(transcriptId, coder);
    List<StoredCoding> all = codings.history(transcriptId, coder.id());
    all.forEach(c -> audit.record("READ", RECORD_TYPE, c.id()));
    return all;
  }

  /** The warnings for an entry (the form may still be unsaved). */
  public List<ConsistencyWarning> warnings(CodingEntry entry) {
    if (entry.classification() == null) {
      return List.of();
    }
    return rules().check(entry.classification(), entry.scores());
  }

  /**
   * Saves the entry as the coder's draft, or finalizes it when {@code finalize} is set.
   *
   * @param lockVersion the draft version the form was based on (null for a first save)
   * @throws StaleEditException when the draft changed since the form was loaded (409)
   * @throws BadInputException when the coding is already final (use a correction) or the entry
   *     cannot be finalized (the message names the field)
   */
  @Transactional
  public StoredCoding save(
      UUID transcriptId,
      CodingEntry entry,
      Integer lockVersion,
      boolean finalize,
      SignedInUser coder) {
    transcriptFor(transcriptId, coder);
    Optional<StoredCoding> current = codings.currentIndividual(transcriptId, coder.id());
    if (current.isPresent() && current.get().isFinal()) {
      throw new BadInputException(
          "status",
          "this coding is final and cannot change; record a correction with a reason instead");
    }
    Coding coding =
        current
            .map(StoredCoding::coding)
            .orElseGet(() -> Coding.draft(transcriptId.toString(), coder.username()))
            .withScores(entry.scores())
            .withClassification(entry.classification());
    if (finalize) {
      coding = finalized(coding);
    }
    UUID id;
    if (current.isEmpty()) {
      id = UUID.randomUUID();
      codings.insert(id, transcriptId, coder.id(), CodingKind.INDIVIDUAL, coding, null);
      audit.record("CREATE", RECORD_TYPE, id);
    } else {
      id = current.get().id();
      int expected = lockVersion == null ? current.get().lockVersion() : lockVersion;
      if (!codings.updateDraft(id, expected, coding)) {
        throw new StaleEditException(RECORD_TYPE, id);
      }
      audit.record("UPDATE", RECORD_TYPE, id);
    }
    if (coding.isFinal()) {
      storeEarned(id, coding);
      audit.record("FINALIZE", RECORD_TYPE, id);
    }
    return codings.currentIndividual(transcriptId, coder.id()).orElseThrow();
  }

  /**
   * Records a correction of the coder's final coding: a new final version with the reason. The
   * earlier version stays as it was.
   */
  @Transactional
  public StoredCoding correct(
      UUID transcriptId, CodingEntry entry, String reason, SignedInUser coder) {
    transcriptFor(transcriptId, coder);
    StoredCoding current =
        codings
            .currentIndividual(transcriptId, coder.id())
            .filter(StoredCoding::isFinal)
            .orElseThrow(
                () ->
                    new BadInputException(
                        "status", "only a final coding is corrected; a draft can still be edited"));
    if (reason == null || reason.isBlank()) {
      throw new BadInputException("reason", "say why the final coding is corrected");
    }
    Coding corrected;
    try {
      corrected = current.coding().correct(entry.scores(), entry.classification(), reason.strip());
    } catch (InvalidEntryException e) {
      throw new BadInputException(e.field(), stripField(e));
    }
    UUID id = UUID.randomUUID();
    codings.insert(id, transcriptId, coder.id(), CodingKind.INDIVIDUAL, corrected, null);
    storeEarned(id, corrected);
    audit.record("CORRECT", RECORD_TYPE, id);
    return codings.currentIndividual(transcriptId, coder.id()).orElseThrow();
  }

  /**
   * The codings of the transcript this coder may see: their own, every other coder's final coding
   * once their own is final, and the consensus once their own is final.
   */
  @Transactional
  public List<StoredCoding> visible(UUID transcriptId, SignedInUser coder) {
    transcriptFor(transcriptId, coder);
    List<StoredCoding> out = new ArrayList<>();
    Optional<StoredCoding> mine = codings.currentIndividual(transcriptId, coder.id());
    mine.ifPresent(out::add);
    boolean unblinded = mine.map(StoredCoding::isFinal).orElse(false);
    if (unblinded) {
      for (StoredCoding other : codings.currentIndividuals(transcriptId)) {
        if (!other.coderId().equals(coder.id()) && other.isFinal()) {
          out.add(other);
        }
      }
      codings.currentConsensus(transcriptId).ifPresent(out::add);
    }
    out.forEach(c -> audit.record("READ", RECORD_TYPE, c.id()));
    return out;
  }

  /**
   * Another coder's coding of the transcript, only when both codings are final; otherwise a 404
   * that does not say whether the other coder has started.
   */
  @Transactional
  public StoredCoding other(UUID transcriptId, UUID otherCoderId, SignedInUser coder) {
    transcriptFor(transcriptId, coder);
    if (otherCoderId.equals(coder.id())) {
      return mine(transcriptId, coder)
          .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, transcriptId));
    }
    boolean mineFinal =
        codings
            .currentIndividual(transcriptId, coder.id())
            .map(StoredCoding::isFinal)
            .orElse(false);
    Optional<StoredCoding> theirs =
        codings.currentIndividual(transcriptId, otherCoderId).filter(StoredCoding::isFinal);
    if (!mineFinal || theirs.isEmpty()) {
      audit.denied("READ", RECORD_TYPE, transcriptId + ":" + otherCoderId);
      throw new RecordNotFoundException(RECORD_TYPE, transcriptId + "/" + otherCoderId);
    }
    audit.record("READ", RECORD_TYPE, theirs.get().id());
    return theirs.get();
  }

  /** The current consensus, visible to a coder whose own coding is final. */
  @Transactional
  public Optional<StoredCoding> consensus(UUID transcriptId, SignedInUser coder) {
    transcriptFor(transcriptId, coder);
    boolean mineFinal =
        codings
            .currentIndividual(transcriptId, coder.id())
            .map(StoredCoding::isFinal)
            .orElse(false);
    if (!mineFinal) {
      return Optional.empty();
    }
    Optional<StoredCoding> c = codings.currentConsensus(transcriptId);
    c.ifPresent(s -> audit.record("READ", RECORD_TYPE, s.id()));
    return c;
  }

  /**
   * Records the consensus coding, as the signed-in coder, once their coding and at least one other
   * coder's are final. A later consensus is a new version and needs a reason.
   */
  @Transactional
  public StoredCoding recordConsensus(
      UUID transcriptId, CodingEntry entry, String reason, SignedInUser coder) {
    transcriptFor(transcriptId, coder);
    boolean mineFinal =
        codings
            .currentIndividual(transcriptId, coder.id())
            .map(StoredCoding::isFinal)
            .orElse(false);
    List<StoredCoding> finals =
        codings.currentIndividuals(transcriptId).stream().filter(StoredCoding::isFinal).toList();
    if (!mineFinal || finals.size() < 2) {
      throw new BadInputException(
          "status", "a consensus is recorded once your coding and another coder's are final");
    }
    if (entry.classification() == null
        && entry
            .scores()
            .value(org.securebase.core.attachment.AaiScale.COHERENCE_OF_MIND)
            .isEmpty()) {
      throw new BadInputException("organized", "a consensus needs a classification");
    }
    Optional<StoredCoding> previous = codings.currentConsensus(transcriptId);
    String of = String.join(", ", finals.stream().map(StoredCoding::coderUsername).toList());
    Coding consensus;
    try {
      if (previous.isEmpty()) {
        consensus =
            finalized(
                Coding.draft(transcriptId.toString(), coder.username())
                    .withScores(entry.scores())
                    .withClassification(entry.classification()));
      } else {
        if (reason == null || reason.isBlank()) {
          throw new BadInputException("reason", "a consensus already exists; say why it changes");
        }
        Coding prev = previous.get().coding();
        consensus =
            Coding.of(
                    transcriptId.toString(),
                    coder.username(),
                    prev.scores(),
                    prev.classification().orElse(null),
                    prev.status(),
                    prev.version(),
                    prev.correctionReason().orElse(null))
                .correct(entry.scores(), entry.classification(), reason.strip());
      }
    } catch (InvalidEntryException e) {
      throw new BadInputException(e.field(), stripField(e));
    }
    UUID id = UUID.randomUUID();
    codings.insert(id, transcriptId, coder.id(), CodingKind.CONSENSUS, consensus, of);
    storeEarned(id, consensus);
    audit.record("CONSENSUS", RECORD_TYPE, id);
    return codings.currentConsensus(transcriptId).orElseThrow();
  }

  private void storeEarned(UUID codingId, Coding coding) {
    codings.saveEarned(codingId, StoredEarned.of(EarnedSecurityRule.DEFAULT.evaluate(coding)));
  }

  private static Coding finalized(Coding coding) {
    try {
      return coding.finalized();
    } catch (InvalidEntryException e) {
      throw new BadInputException(e.field(), stripField(e));
    }
  }

  private static String stripField(InvalidEntryException e) {
    String m = e.getMessage();
    return m.startsWith(e.field() + ": ") ? m.substring(e.field().length() + 2) : m;
  }
}
