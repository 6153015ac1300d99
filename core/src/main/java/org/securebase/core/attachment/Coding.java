package org.securebase.core.attachment;

import java.util.Objects;
import java.util.Optional;

/**
 * One coder's coding of one AAI transcript: the scale scores, the classification, a status, a
 * version and, for a correction, the reason. A draft can be changed (each change returns a new
 * object); a final coding is never changed, and a correction produces a new final version that
 * records why.
 *
 * <p>The classification may be absent: in a draft, and in studies that rate scales only. A final
 * coding needs a classification or at least a coherence-of-mind score, or there is nothing to
 * report. Immutable and thread-safe.
 */
public final class Coding {

  /** Longest accepted coder name, transcript id or correction reason. */
  public static final int MAX_ID_LENGTH = 100;

  public static final int MAX_REASON_LENGTH = 1000;

  private final String transcriptId;
  private final String coder;
  private final ScaleScores scores;
  private final Classification classification;
  private final CodingStatus status;
  private final int version;
  private final String correctionReason;

  private Coding(
      String transcriptId,
      String coder,
      ScaleScores scores,
      Classification classification,
      CodingStatus status,
      int version,
      String correctionReason) {
    this.transcriptId = requireId("transcriptId", transcriptId);
    this.coder = requireId("coder", coder);
    this.scores = scores == null ? ScaleScores.empty() : scores;
    this.classification = classification;
    if (status == null) {
      throw new InvalidEntryException("status", "a coding needs a status");
    }
    this.status = status;
    if (version < 1) {
      throw new InvalidEntryException("version", "versions start at 1, got " + version);
    }
    this.version = version;
    String reason =
        correctionReason == null || correctionReason.isBlank() ? null : correctionReason;
    if (version > 1 && reason == null) {
      throw new InvalidEntryException(
          "correctionReason", "version " + version + " is a correction and needs a reason");
    }
    if (version == 1 && reason != null) {
      throw new InvalidEntryException(
          "correctionReason", "only a correction (version 2 or later) has a reason");
    }
    if (reason != null && reason.strip().length() > MAX_REASON_LENGTH) {
      throw new InvalidEntryException(
          "correctionReason", "longer than " + MAX_REASON_LENGTH + " characters");
    }
    this.correctionReason = reason == null ? null : reason.strip();
    if (status == CodingStatus.FINAL) {
      requireReportable(this.classification, this.scores);
    }
  }

  /** A new, empty draft (version 1). */
  public static Coding draft(String transcriptId, String coder) {
    return new Coding(transcriptId, coder, null, null, CodingStatus.DRAFT, 1, null);
  }

  /**
   * Rebuilds a coding from stored fields, checking every rule a new coding must meet.
   *
   * @param classification may be null
   * @param correctionReason null for version 1, required from version 2
   */
  public static Coding of(
      String transcriptId,
      String coder,
      ScaleScores scores,
      Classification classification,
      CodingStatus status,
      int version,
      String correctionReason) {
    return new Coding(
        transcriptId, coder, scores, classification, status, version, correctionReason);
  }

  /** This draft with other scores. */
  public Coding withScores(ScaleScores newScores) {
    requireDraft("change the scores of");
    return new Coding(
        transcriptId, coder, newScores, classification, status, version, correctionReason);
  }

  /** This draft with another classification (null clears it). */
  public Coding withClassification(Classification newClassification) {
    requireDraft("change the classification of");
    return new Coding(
        transcriptId, coder, scores, newClassification, status, version, correctionReason);
  }

  /**
   * This draft as a final coding.
   *
   * @throws InvalidEntryException if it has neither a classification nor a coherence-of-mind score
   */
  public Coding finalized() {
    requireDraft("finalize");
    return new Coding(
        transcriptId, coder, scores, classification, CodingStatus.FINAL, version, correctionReason);
  }

  /**
   * A correction of this final coding: a new final version with the given content and reason. This
   * object is unchanged and remains the record of what was entered before.
   */
  public Coding correct(ScaleScores newScores, Classification newClassification, String reason) {
    if (status != CodingStatus.FINAL) {
      throw new CodingStateException(
          "only a final coding is corrected; a draft of "
              + transcriptId
              + " by "
              + coder
              + " can simply be edited");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidEntryException("correctionReason", "a correction needs a reason");
    }
    return new Coding(
        transcriptId, coder, newScores, newClassification, CodingStatus.FINAL, version + 1, reason);
  }

  public String transcriptId() {
    return transcriptId;
  }

  public String coder() {
    return coder;
  }

  public ScaleScores scores() {
    return scores;
  }

  public Optional<Classification> classification() {
    return Optional.ofNullable(classification);
  }

  public CodingStatus status() {
    return status;
  }

  public boolean isFinal() {
    return status == CodingStatus.FINAL;
  }

  public int version() {
    return version;
  }

  public Optional<String> correctionReason() {
    return Optional.ofNullable(correctionReason);
  }

  private void requireDraft(String action) {
    if (status != CodingStatus.DRAFT) {
      throw new CodingStateException(
          "cannot "
              + action
              + " the final coding of "
              + transcriptId
              + " by "
              + coder
              + " (version "
              + version
              + "); record a correction with a reason instead");
    }
  }

  private static void requireReportable(Classification classification, ScaleScores scores) {
    if (classification == null && scores.value(AaiScale.COHERENCE_OF_MIND).isEmpty()) {
      throw new InvalidEntryException(
          "classification",
          "a final coding needs a classification or at least a coherence-of-mind score");
    }
  }

  private static String requireId(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidEntryException(field, "is required");
    }
    String v = value.strip();
    if (v.length() > MAX_ID_LENGTH) {
      throw new InvalidEntryException(field, "longer than " + MAX_ID_LENGTH + " characters");
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Coding c
        && c.transcriptId.equals(transcriptId)
        && c.coder.equals(coder)
        && c.scores.equals(scores)
        && Objects.equals(c.classification, classification)
        && c.status == status
        && c.version == version
        && Objects.equals(c.correctionReason, correctionReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        transcriptId, coder, scores, classification, status, version, correctionReason);
  }

  @Override
  public String toString() {
    return "Coding["
        + transcriptId
        + " by "
        + coder
        + " v"
        + version
        + " "
        + status
        + " "
        + (classification == null ? "unclassified" : classification.notation())
        + "]";
  }
}
