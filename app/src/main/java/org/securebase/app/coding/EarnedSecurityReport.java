package org.securebase.app.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.EarnedSecurityResult;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.securebase.core.attachment.EarnedSecuritySensitivityTable;
import org.securebase.core.attachment.InfantClassification;
import org.securebase.core.attachment.ProspectiveEarnedSecurity;
import org.securebase.core.attachment.ProspectiveResult;
import org.securebase.core.attachment.RetrospectiveProspectiveOverlap;
import org.securebase.core.attachment.StudyParticipant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned and continuous security over a coder's transcripts: for each transcript the coding that
 * counts (the consensus when there is one the coder may see, else the coder's own final coding),
 * its status under {@link EarnedSecurityRule#DEFAULT} with the rule and parameters, and the share
 * earned-secure under every published variant side by side. The status comes from the rule over the
 * classification's organized category and the experience scales, never from a subclass letter.
 */
@Component
public class EarnedSecurityReport {

  private final Interviews interviews;
  private final CodingRepository codings;
  private final AuditLog audit;

  EarnedSecurityReport(Interviews interviews, CodingRepository codings, AuditLog audit) {
    this.interviews = interviews;
    this.codings = codings;
    this.audit = audit;
  }

  /**
   * One transcript's coding that counts and its result.
   *
   * @param source "consensus" or "your final coding"
   * @param stored the status stored when the coding was finalized, with its rule
   * @param result the same rule applied now, for its reasons in plain words
   */
  public record Line(
      InterviewTranscript transcript,
      String participantId,
      StoredCoding coding,
      String source,
      StoredEarned stored,
      EarnedSecurityResult result,
      ProspectiveResult prospective) {}

  public record Report(
      List<Line> lines,
      EarnedSecuritySensitivityTable table,
      EarnedSecurityRule rule,
      String group,
      RetrospectiveProspectiveOverlap overlap) {

    /** The default rule's parameters as {@code NAME=value} pairs, for the page. */
    public String ruleParameters() {
      return StoredEarned.format(rule.parameters());
    }
  }

  /**
   * The report over the coder's transcripts, optionally only those whose participant code starts
   * with {@code group} (a study's participant code group, such as {@code S1-}).
   */
  @Transactional
  public Report report(SignedInUser coder, String group) {
    String prefix = group == null ? "" : group.strip();
    audit.record("REPORT", "earned-security", "coder:" + coder.id());
    List<Line> lines = new ArrayList<>();
    List<StudyParticipant> participants = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (InterviewTranscript t : interviews.assignedTo(coder)) {
      if (!prefix.isEmpty()
          && (t.participantCode() == null || !t.participantCode().startsWith(prefix))) {
        continue;
      }
      String pid = t.participantCode() != null ? t.participantCode() : t.label();
      if (!ids.add(pid)) {
        pid = pid + " (" + t.id().toString().substring(0, 8) + ")";
        ids.add(pid);
      }
      List<InfantClassification> infant = interviews.infantClassifications(t.id());
      Optional<StoredCoding> counted = codings.countedFor(t.id(), coder.id());
      if (counted.isEmpty()) {
        participants.add(new StudyParticipant(pid, null, infant));
        continue;
      }
      StoredCoding c = counted.get();
      audit.record("READ", BlindCoding.RECORD_TYPE, c.id());
      participants.add(new StudyParticipant(pid, c.coding(), infant));
      lines.add(
          new Line(
              t,
              pid,
              c,
              c.kind() == CodingKind.CONSENSUS
                  ? "consensus recorded by " + c.coderUsername()
                  : "your final coding",
              c.earned(),
              EarnedSecurityRule.DEFAULT.evaluate(c.coding()),
              ProspectiveEarnedSecurity.ANY_CAREGIVER.evaluate(c.coding(), infant)));
    }
    return new Report(
        lines,
        EarnedSecuritySensitivityTable.of(participants),
        EarnedSecurityRule.DEFAULT,
        prefix,
        RetrospectiveProspectiveOverlap.of(participants));
  }
}
