package org.securebase.app.coding;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.ConsistencyWarning;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.securebase.core.attachment.LossScore;
import org.securebase.core.reliability.IccForm;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Codings, comparison, consensus, earned/continuous table and reliability as JSON. */
@RestController
class CodingApiController {

  private final BlindCoding blind;
  private final EarnedSecurityReport earned;
  private final CoderReliability reliability;

  CodingApiController(
      BlindCoding blind, EarnedSecurityReport earned, CoderReliability reliability) {
    this.blind = blind;
    this.earned = earned;
    this.reliability = reliability;
  }

  record Warning(
      String id, String message, List<String> scales, String rulesId, String rulesVersion) {
    static Warning of(ConsistencyWarning w) {
      return new Warning(
          w.id(),
          w.message(),
          w.scales().stream().map(Enum::name).toList(),
          w.rulesId(),
          w.rulesVersion());
    }
  }

  record Earned(String status, String ruleId, String ruleVersion, Map<String, String> parameters) {
    static Earned of(StoredEarned e) {
      return e == null
          ? null
          : new Earned(e.status(), e.ruleId(), e.ruleVersion(), e.parameterMap());
    }
  }

  record Loss(String label, String score) {}

  /** A coding as JSON: scores as their stored text ("4.5", "not scorable"). */
  record CodingView(
      UUID id,
      UUID transcriptId,
      String coder,
      String kind,
      int version,
      String status,
      String classification,
      Map<String, String> scores,
      List<Loss> losses,
      String correctionReason,
      String consensusOf,
      int lockVersion,
      Earned earned,
      List<Warning> warnings) {
    static CodingView of(StoredCoding c, BlindCoding blind) {
      CodingForm f = CodingForm.of(c.coding(), c.lockVersion());
      List<Warning> warnings =
          c.coding().classification().isEmpty()
              ? List.of()
              : blind.rules().check(c.coding()).stream().map(Warning::of).toList();
      return new CodingView(
          c.id(),
          c.transcriptId(),
          c.coderUsername(),
          c.kind().name(),
          c.version(),
          c.coding().status().name(),
          c.notation().isEmpty() ? null : c.notation(),
          f.getScores(),
          c.coding().scores().losses().stream()
              .map((LossScore l) -> new Loss(l.label(), l.score().toString()))
              .toList(),
          c.coding().correctionReason().orElse(null),
          c.consensusOf(),
          c.lockVersion(),
          Earned.of(c.earned()),
          warnings);
    }
  }

  /** Losses in the JSON body come as a list; the form keeps them as two lists. */
  record CodingBody(
      String classification,
      Map<String, String> scores,
      List<Loss> losses,
      Integer lockVersion,
      Boolean finalized,
      String reason) {
    CodingForm toForm() {
      CodingForm f = new CodingForm();
      f.setClassification(classification);
      f.setScores(scores == null ? null : new java.util.LinkedHashMap<>(scores));
      if (losses != null) {
        for (Loss l : losses) {
          f.getLossLabels().add(l.label());
          f.getLossScores().add(l.score());
        }
      }
      f.setLockVersion(lockVersion);
      f.setFinalize(Boolean.TRUE.equals(finalized));
      f.setReason(reason);
      return f;
    }
  }

  @GetMapping("/api/codings/{transcriptId}")
  List<CodingView> visible(
      @PathVariable UUID transcriptId, @AuthenticationPrincipal SignedInUser user) {
    return blind.visible(transcriptId, user).stream().map(c -> CodingView.of(c, blind)).toList();
  }

  @GetMapping("/api/codings/{transcriptId}/mine")
  CodingView mine(@PathVariable UUID transcriptId, @AuthenticationPrincipal SignedInUser user) {
    return blind
        .mine(transcriptId, user)
        .map(c -> CodingView.of(c, blind))
        .orElseThrow(
            () -> new org.securebase.app.kernel.RecordNotFoundException("coding", transcriptId));
  }

  @PutMapping("/api/codings/{transcriptId}/mine")
  CodingView save(
      @PathVariable UUID transcriptId,
      @RequestBody CodingBody body,
      @AuthenticationPrincipal SignedInUser user) {
    CodingForm form = body.toForm();
    StoredCoding saved =
        blind.save(
            transcriptId, CodingEntry.read(form), form.getLockVersion(), form.isFinalize(), user);
    return CodingView.of(saved, blind);
  }

  @PostMapping("/api/codings/{transcriptId}/corrections")
  ResponseEntity<CodingView> correct(
      @PathVariable UUID transcriptId,
      @RequestBody CodingBody body,
      @AuthenticationPrincipal SignedInUser user) {
    CodingForm form = body.toForm();
    StoredCoding saved =
        blind.correct(transcriptId, CodingEntry.read(form), form.getReason(), user);
    return ResponseEntity.status(201).body(CodingView.of(saved, blind));
  }

  @GetMapping("/api/codings/{transcriptId}/coders/{coderId}")
  CodingView other(
      @PathVariable UUID transcriptId,
      @PathVariable UUID coderId,
      @AuthenticationPrincipal SignedInUser user) {
    return CodingView.of(blind.other(transcriptId, coderId, user), blind);
  }

  record ComparisonView(
      CodingView first, CodingView second, List<Comparison.Row> rows, int differences) {}

  @GetMapping("/api/codings/{transcriptId}/comparison")
  ComparisonView comparison(
      @PathVariable UUID transcriptId,
      @RequestParam("with") UUID with,
      @AuthenticationPrincipal SignedInUser user) {
    StoredCoding theirs = blind.other(transcriptId, with, user);
    StoredCoding mine = blind.mine(transcriptId, user).orElseThrow();
    List<Comparison.Row> rows = Comparison.rows(mine, theirs);
    return new ComparisonView(
        CodingView.of(mine, blind),
        CodingView.of(theirs, blind),
        rows,
        (int) rows.stream().filter(Comparison.Row::differs).count());
  }

  @PostMapping("/api/codings/{transcriptId}/consensus")
  ResponseEntity<CodingView> consensus(
      @PathVariable UUID transcriptId,
      @RequestBody CodingBody body,
      @AuthenticationPrincipal SignedInUser user) {
    CodingForm form = body.toForm();
    StoredCoding saved =
        blind.recordConsensus(transcriptId, CodingEntry.read(form), form.getReason(), user);
    return ResponseEntity.status(201).body(CodingView.of(saved, blind));
  }

  record EarnedLine(
      UUID transcriptId,
      String participantId,
      String source,
      String classification,
      Earned earned,
      List<String> reasons,
      Prospective prospective) {}

  record Prospective(
      String status, String ruleId, String ruleVersion, Map<String, String> parameters) {}

  record Overlap(
      String retrospectiveRuleId,
      String prospectiveRuleId,
      int bothEarned,
      int retrospectiveOnly,
      int prospectiveOnly,
      int neither,
      int excludedNoCoding,
      int excludedNoInfantData,
      int excludedRetrospectiveUndetermined) {}

  record VariantRow(
      String ruleId,
      String ruleVersion,
      Map<String, String> parameters,
      String description,
      int n,
      int earned,
      int continuous,
      int undetermined,
      int notSecure,
      Double earnedShare) {}

  record EarnedView(
      String group,
      Earned defaultRule,
      List<EarnedLine> codings,
      List<VariantRow> variants,
      int participants,
      int withoutFinalCoding,
      Overlap overlap) {}

  @GetMapping("/api/codings/earned")
  EarnedView earned(
      @RequestParam(name = "group", required = false) String group,
      @AuthenticationPrincipal SignedInUser user) {
    EarnedSecurityReport.Report r = earned.report(user, group);
    EarnedSecurityRule rule = r.rule();
    return new EarnedView(
        r.group(),
        new Earned(null, rule.id(), rule.version(), rule.parameters()),
        r.lines().stream()
            .map(
                l ->
                    new EarnedLine(
                        l.transcript().id(),
                        l.participantId(),
                        l.source(),
                        l.coding().notation(),
                        Earned.of(l.stored()),
                        l.result().reasons(),
                        new Prospective(
                            l.prospective().status().name(),
                            l.prospective().ruleId(),
                            l.prospective().rule().version(),
                            l.prospective().parameters())))
            .toList(),
        r.table().rows().stream()
            .map(
                row ->
                    new VariantRow(
                        row.ruleId(),
                        row.rule().version(),
                        row.parameters(),
                        row.rule().description(),
                        row.n(),
                        row.earned(),
                        row.continuous(),
                        row.undetermined(),
                        row.notSecure(),
                        row.earnedShare().isPresent() ? row.earnedShare().getAsDouble() : null))
            .toList(),
        r.table().participants(),
        r.table().withoutCoding(),
        new Overlap(
            r.overlap().retrospectiveRule().id(),
            r.overlap().prospectiveRule().id(),
            r.overlap().bothEarned(),
            r.overlap().retrospectiveOnly(),
            r.overlap().prospectiveOnly(),
            r.overlap().neither(),
            r.overlap().excludedNoCoding(),
            r.overlap().excludedNoInfantData(),
            r.overlap().excludedRetrospectiveUndetermined()));
  }

  @GetMapping("/api/reliability")
  ReliabilityJson.Report reliability(
      @RequestParam(name = "form", required = false) IccForm form,
      @AuthenticationPrincipal SignedInUser user) {
    return ReliabilityJson.of(reliability.report(user, form));
  }
}
