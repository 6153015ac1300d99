package org.securebase.app.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.interview.InfantRecords;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.Classification;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.CodingStatus;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.securebase.core.attachment.EarnedSecuritySensitivityTable;
import org.securebase.core.attachment.InfantCategory;
import org.securebase.core.attachment.InfantClassification;
import org.securebase.core.attachment.Parent;
import org.securebase.core.attachment.ProspectiveEarnedSecurity;
import org.securebase.core.attachment.RetrospectiveProspectiveOverlap;
import org.securebase.core.attachment.StudyParticipant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study's earned-security report: the core's sensitivity table (earned and continuous secure
 * under each published retrospective rule, side by side) and its 2x2 table of retrospective against
 * prospective earned security (Roisman et al. 2002), with the rules and parameters that produced
 * them and the coders whose codings they rest on.
 *
 * <p>Built only from AAI coding summaries and infant Strange Situation classifications.
 * Questionnaire scores are never read here: self-report does not tell attachment security.
 */
@Component
public class StudyEarnedSecurityReport {

  /**
   * The report.
   *
   * @param study the study
   * @param sensitivity counts under each published retrospective rule
   * @param overlap retrospective against prospective, default rule and any caregiver
   * @param coders coder name to number of codings used
   * @param codingBasis how the one adult coding per participant was chosen
   * @param workbench the codings used that were taken from the coding workbench, with their rule
   */
  public record Result(
      Study study,
      EarnedSecuritySensitivityTable sensitivity,
      RetrospectiveProspectiveOverlap overlap,
      Map<String, Integer> coders,
      String codingBasis,
      List<WorkbenchCoding> workbench) {

    /** The row of the default rule, for the headline counts. */
    public EarnedSecuritySensitivityTable.Row defaultRow() {
      return sensitivity.rows().stream()
          .filter(r -> r.rule().equals(EarnedSecurityRule.DEFAULT))
          .findFirst()
          .orElseThrow();
    }
  }

  /**
   * A coding the report used that came from the coding workbench: who coded it, whether it was the
   * consensus, and the earned-security rule (id, version, parameters) that classified it then.
   */
  public record WorkbenchCoding(
      String participant,
      String wave,
      String classification,
      String coder,
      String kind,
      String ruleId,
      String ruleVersion,
      String ruleParameters,
      String earnedStatus) {

    public String kindKey() {
      return "research.aai.kind." + kind;
    }

    public String statusKey() {
      return earnedStatus == null ? "research.aai.none" : "coding.earned-status." + earnedStatus;
    }
  }

  static final String CODING_BASIS =
      "one adult AAI coding per participant: the one from the latest wave that has a coding"
          + " (waves ordered by target age, then day offset)";

  private final Studies studies;
  private final StudyRepository repository;
  private final InfantRecords infantRecords;
  private final StudyDataRepository data;
  private final AuditLog audit;

  StudyEarnedSecurityReport(
      Studies studies,
      StudyRepository repository,
      StudyDataRepository data,
      AuditLog audit,
      InfantRecords infantRecords) {
    this.infantRecords = infantRecords;
    this.studies = studies;
    this.repository = repository;
    this.data = data;
    this.audit = audit;
  }

  @Transactional
  public Result of(UUID studyId, SignedInUser user) {
    Study study = studies.visible(studyId, user, "REPORT");
    audit.record("REPORT_EARNED_SECURITY", Studies.RECORD_TYPE, studyId);
    return build(study);
  }

  Result build(Study study) {
    Map<String, Integer> waveOrder = new HashMap<>();
    List<StudyWave> waves = repository.waves(study.id());
    for (int i = 0; i < waves.size(); i++) {
      waveOrder.put(waves.get(i).name(), i);
    }
    Map<String, Coding> coding = new HashMap<>();
    Map<String, Integer> codingWave = new HashMap<>();
    Map<String, String> coderOf = new HashMap<>();
    Map<String, WorkbenchCoding> fromWorkbench = new TreeMap<>();
    data.aai(
        study.id(),
        rs -> {
          String p = rs.getString(1);
          int order = waveOrder.getOrDefault(rs.getString(2), -1);
          if (codingWave.containsKey(p) && codingWave.get(p) >= order) {
            return;
          }
          String notation = rs.getString(3);
          Coding c =
              Coding.of(
                  "study:" + study.code() + "/" + p + "/" + rs.getString(2),
                  rs.getString(4),
                  AaiScoreColumns.scores(rs.getString(5)),
                  notation == null ? null : Classification.parse(notation),
                  CodingStatus.FINAL,
                  1,
                  null);
          coding.put(p, c);
          codingWave.put(p, order);
          coderOf.put(p, c.coder());
          if (rs.getObject(7) == null) {
            fromWorkbench.remove(p);
          } else {
            fromWorkbench.put(p, workbenchCoding(rs));
          }
        });
    Map<String, List<InfantClassification>> infant = infantOf(study);
    List<StudyParticipant> participants = new ArrayList<>();
    for (Participant p : repository.participants(study.id())) {
      participants.add(
          new StudyParticipant(
              p.code(), coding.get(p.code()), infant.getOrDefault(p.code(), List.of())));
    }
    Map<String, Integer> coders = new TreeMap<>();
    coderOf.values().forEach(c -> coders.merge(c, 1, Integer::sum));
    return new Result(
        study,
        EarnedSecuritySensitivityTable.of(participants),
        RetrospectiveProspectiveOverlap.of(
            participants, EarnedSecurityRule.DEFAULT, ProspectiveEarnedSecurity.ANY_CAREGIVER),
        coders,
        CODING_BASIS,
        List.copyOf(fromWorkbench.values()));
  }

  /** The study's infant classifications by participant code (one table, with the workbench). */
  private Map<String, List<InfantClassification>> infantOf(Study study) {
    Map<String, List<InfantClassification>> infant = new HashMap<>();
    infantRecords.ofStudy(
        study.id(),
        rs ->
            infant
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(
                    new InfantClassification(
                        InfantCategory.fromCode(rs.getString(4)),
                        Parent.of(rs.getString(3)),
                        rs.getDouble(5))));
    return infant;
  }

  /** The provenance of an AAI row taken from the workbench (see StudyDataRepository#aai). */
  private static WorkbenchCoding workbenchCoding(java.sql.ResultSet rs)
      throws java.sql.SQLException {
    return new WorkbenchCoding(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12));
  }
}
