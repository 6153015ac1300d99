package org.securebase.app.study;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.coding.AgreedCodings;
import org.securebase.app.coding.StoredCoding;
import org.securebase.app.coding.StoredEarned;
import org.securebase.app.interview.InfantRecords;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study's AAI table, and the one way a coding made in the coding workbench enters it: a
 * researcher of the study chooses, for a participant's wave, a final or consensus coding of a
 * transcript imported under the participant's code (never a draft, never an older version). The
 * study keeps the coding's result, coder and earned-security rule with the coding's id, so its
 * table, report and export say where each classification came from.
 */
@Component
public class StudyAaiTable {

  /** Rows shown on the page at most; the export holds them all. */
  static final int PAGE_ROWS = 500;

  /** One row of the table: an imported summary or a workbench coding. */
  public record Line(
      String participant,
      String wave,
      String classification,
      String coder,
      String source,
      UUID codingId,
      String codingKind,
      String ruleId,
      String ruleVersion,
      String ruleParameters,
      String earnedStatus) {

    public boolean fromWorkbench() {
      return codingId != null;
    }

    public String sourceKey() {
      return "research.aai.source." + source;
    }

    public String kindKey() {
      return "research.aai.kind." + codingKind;
    }

    public String statusKey() {
      return earnedStatus == null ? "research.aai.none" : "coding.earned-status." + earnedStatus;
    }
  }

  /** A workbench coding a researcher may choose for the participant. */
  public record Candidate(
      UUID codingId,
      String kind,
      String classification,
      String coder,
      int version,
      OffsetDateTime finalizedAt,
      StoredEarned earned) {

    public String kindKey() {
      return "research.aai.kind." + kind;
    }

    static Candidate of(StoredCoding c) {
      return new Candidate(
          c.id(),
          c.kind().name(),
          c.notation(),
          c.coderName(),
          c.version(),
          c.finalizedAt(),
          c.earned());
    }
  }

  /**
   * The page: the table (at most {@link #PAGE_ROWS} rows) and, when a participant was asked for,
   * the workbench codings that may be attached to one of its waves.
   */
  public record Page(
      Study study,
      List<Line> lines,
      int total,
      List<StudyWave> waves,
      String participant,
      List<Candidate> candidates) {}

  private final Studies studies;
  private final StudyRepository repository;
  private final StudyDataRepository data;
  private final InfantRecords infant;
  private final AgreedCodings agreed;
  private final AuditLog audit;

  StudyAaiTable(
      Studies studies,
      StudyRepository repository,
      StudyDataRepository data,
      AgreedCodings agreed,
      AuditLog audit,
      InfantRecords infant) {
    this.infant = infant;
    this.studies = studies;
    this.repository = repository;
    this.data = data;
    this.agreed = agreed;
    this.audit = audit;
  }

  /** The table, and the candidates of {@code participantCode} when given (a 404 if unknown). */
  @Transactional(readOnly = true)
  public Page page(UUID studyId, String participantCode, SignedInUser user) {
    Study study = studies.visible(studyId, user, "READ_AAI");
    audit.record("READ_AAI", Studies.RECORD_TYPE, studyId);
    List<Line> lines = new ArrayList<>();
    int[] total = {0};
    data.aai(
        studyId,
        rs -> {
          if (total[0]++ < PAGE_ROWS) {
            lines.add(
                new Line(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(6),
                    rs.getObject(7, UUID.class),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12)));
          }
        });
    String code = participantCode == null || participantCode.isBlank() ? null : participantCode;
    List<Candidate> candidates = List.of();
    if (code != null) {
      participant(studyId, code.strip());
      candidates = agreed.finalsForParticipant(code.strip()).stream().map(Candidate::of).toList();
      candidates.forEach(c -> audit.record("READ", "coding", c.codingId()));
    }
    return new Page(study, lines, total[0], repository.waves(studyId), code, candidates);
  }

  /**
   * Puts a workbench coding into a participant's wave, replacing what the wave held.
   *
   * @throws BadInputException naming {@code codingId} for a draft, an older version or a coding of
   *     another participant, and {@code wave} for a wave the study does not have
   */
  @Transactional
  public Line attach(
      UUID studyId, String participantCode, String waveName, UUID codingId, SignedInUser user) {
    studies.visible(studyId, user, "ATTACH_CODING");
    Participant p = participant(studyId, participantCode == null ? "" : participantCode.strip());
    StudyWave w =
        repository.waves(studyId).stream()
            .filter(x -> x.name().equals(waveName))
            .findFirst()
            .orElseThrow(() -> new BadInputException("wave", "choose one of the study's waves"));
    StoredCoding c =
        agreed
            .finalForParticipant(codingId, p.code())
            .orElseThrow(
                () ->
                    new BadInputException(
                        "codingId",
                        "choose a final or consensus coding of this participant's interview"));
    StoredEarned e = c.earned();
    StudyDataRepository.WorkbenchAai row =
        new StudyDataRepository.WorkbenchAai(
            c.id(),
            c.kind().name(),
            c.notation().isEmpty() ? null : c.notation(),
            c.coderName(),
            AaiScoreColumns.encode(c.coding().scores()),
            e == null ? null : e.ruleId(),
            e == null ? null : e.ruleVersion(),
            e == null ? null : e.parameters(),
            e == null ? null : e.status());
    data.putWorkbench(p.id(), w.id(), row);
    // The interview is of this participant: its infant records and the study's are now one.
    infant.link(c.transcriptId(), p.id());
    audit.record("ATTACH_CODING", Studies.RECORD_TYPE, studyId);
    audit.record("READ", "coding", c.id());
    return new Line(
        p.code(),
        w.name(),
        row.classification(),
        row.coder(),
        "WORKBENCH",
        c.id(),
        row.kind(),
        row.ruleId(),
        row.ruleVersion(),
        row.ruleParameters(),
        row.earnedStatus());
  }

  private Participant participant(UUID studyId, String code) {
    return repository.participants(studyId).stream()
        .filter(x -> x.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("participant", code));
  }
}
