package org.securebase.app.interview;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.core.attachment.InfantClassification;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Infant Strange Situation classifications, kept once per person: a study participant's rows
 * (imported or entered per wave) and the rows a clinician or coder enters on a workbench interview
 * are the same table. Once a coding of an interview is taken into a study participant's wave, the
 * interview and the participant are linked, and the workbench and the study read each other's rows:
 * the same records, never copies.
 *
 * <p>The callers check access (the study's researcher, the interview's assigner) and audit what
 * they show; writes are audited here.
 */
@Component
public class InfantRecords {

  static final String RECORD_TYPE = "infant";

  /** What a write did, for an import's tally. */
  public enum Change {
    INSERTED,
    UPDATED,
    UNCHANGED
  }

  private final InfantRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  InfantRecords(InfantRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a classification entered on a workbench interview. */
  void addForTranscript(UUID transcriptId, InfantClassification c, UUID enteredBy) {
    repository.insertForTranscript(transcriptId, c, enteredBy, OffsetDateTime.now(clock));
    audit.record("ENTER", RECORD_TYPE, "transcript:" + transcriptId);
  }

  /** The interview's rows and those of the study participants it is linked to. */
  List<InfantClassification> ofTranscript(UUID transcriptId) {
    return repository.ofTranscript(transcriptId);
  }

  /**
   * Puts a study participant's classification for a wave and caregiver (a study import: the same
   * row again is unchanged).
   */
  @Transactional
  public Change putForParticipant(
      UUID participantId, UUID waveId, String caregiver, String category, double ageMonths) {
    Optional<Object[]> old = repository.ofParticipant(participantId, waveId, caregiver);
    if (old.isPresent()) {
      if (old.get()[0].equals(category) && (double) old.get()[1] == ageMonths) {
        return Change.UNCHANGED;
      }
      repository.updateParticipant(participantId, waveId, caregiver, category, ageMonths);
      return Change.UPDATED;
    }
    repository.insertParticipant(
        participantId, waveId, caregiver, category, ageMonths, OffsetDateTime.now(clock));
    return Change.INSERTED;
  }

  /**
   * A study's rows, streamed in participant order: participant code, wave name (null for a row
   * entered in the workbench on a linked interview), caregiver, category, age in months.
   */
  @Transactional(readOnly = true)
  public void ofStudy(UUID studyId, RowCallbackHandler handler) {
    repository.ofStudy(studyId, handler);
  }

  @Transactional(readOnly = true)
  public int countOfStudy(UUID studyId) {
    return repository.countOfStudy(studyId);
  }

  /** Ties a workbench interview to the study participant it is of (audited when new). */
  @Transactional
  public void link(UUID transcriptId, UUID participantId) {
    if (repository.link(transcriptId, participantId, OffsetDateTime.now(clock))) {
      audit.record("LINK", RECORD_TYPE, "transcript:" + transcriptId);
    }
  }
}
