package org.securebase.app.coding;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.interview.TranscriptEvidence;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.attachment.ConsistencyWarning;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coding form, corrections, the comparison of two final codings and the consensus. */
@Controller
class CodingController {

  private static final String VIEW_FORM = "coding/form";
  private static final String VIEW_COMPARISON = "coding/comparison";

  private final BlindCoding blind;
  private final Interviews interviews;
  private final TranscriptEvidence evidence;

  CodingController(BlindCoding blind, Interviews interviews, TranscriptEvidence evidence) {
    this.blind = blind;
    this.interviews = interviews;
    this.evidence = evidence;
  }

  @GetMapping("/codings/{transcriptId}")
  String initCodingForm(
      @PathVariable UUID transcriptId, @AuthenticationPrincipal SignedInUser user, Model model) {
    Optional<StoredCoding> mine = blind.mine(transcriptId, user);
    CodingForm form =
        mine.map(c -> CodingForm.of(c.coding(), c.lockVersion())).orElseGet(CodingForm::new);
    return form(transcriptId, user, model, form, mine.orElse(null), Map.of(), "edit");
  }

  @PostMapping("/codings/{transcriptId}")
  String processCodingForm(
      @PathVariable UUID transcriptId,
      @ModelAttribute("form") CodingForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    StoredCoding saved;
    try {
      CodingEntry entry = CodingEntry.read(form);
      saved = blind.save(transcriptId, entry, form.getLockVersion(), form.isFinalize(), user);
    } catch (CodingEntry.Problems e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(
          transcriptId, user, model, form, current(transcriptId, user), e.byField(), "edit");
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(
          transcriptId,
          user,
          model,
          form,
          current(transcriptId, user),
          Map.of(e.field(), e.problem()),
          "edit");
    } catch (StaleEditException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", e.getMessage());
      return form(transcriptId, user, model, form, current(transcriptId, user), Map.of(), "edit");
    }
    redirect.addFlashAttribute(
        "notice",
        saved.isFinal()
            ? "Coding finalized (version " + saved.version() + "). It can no longer change."
            : "Draft saved.");
    return "redirect:/codings/" + transcriptId;
  }

  @GetMapping("/codings/{transcriptId}/correction")
  String initCorrectionForm(
      @PathVariable UUID transcriptId, @AuthenticationPrincipal SignedInUser user, Model model) {
    StoredCoding mine =
        blind
            .mine(transcriptId, user)
            .filter(StoredCoding::isFinal)
            .orElseThrow(
                () ->
                    new BadInputException(
                        "status", "only a final coding is corrected; a draft can still be edited"));
    return form(
        transcriptId, user, model, CodingForm.of(mine.coding(), null), mine, Map.of(), "correct");
  }

  @PostMapping("/codings/{transcriptId}/correction")
  String processCorrectionForm(
      @PathVariable UUID transcriptId,
      @ModelAttribute("form") CodingForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      StoredCoding saved =
          blind.correct(transcriptId, CodingEntry.read(form), form.getReason(), user);
      redirect.addFlashAttribute(
          "notice", "Correction recorded as version " + saved.version() + ".");
      return "redirect:/codings/" + transcriptId;
    } catch (CodingEntry.Problems e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(
          transcriptId, user, model, form, current(transcriptId, user), e.byField(), "correct");
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(
          transcriptId,
          user,
          model,
          form,
          current(transcriptId, user),
          Map.of(e.field(), e.problem()),
          "correct");
    }
  }

  @GetMapping("/codings/{transcriptId}/comparison")
  String showComparison(
      @PathVariable UUID transcriptId,
      @RequestParam(name = "with", required = false) UUID with,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    InterviewTranscript t = blind.transcriptFor(transcriptId, user);
    List<StoredCoding> visible = blind.visible(transcriptId, user);
    StoredCoding mine =
        visible.stream()
            .filter(c -> c.kind() == CodingKind.INDIVIDUAL && c.coderId().equals(user.id()))
            .findFirst()
            .orElse(null);
    List<StoredCoding> others =
        visible.stream()
            .filter(c -> c.kind() == CodingKind.INDIVIDUAL && !c.coderId().equals(user.id()))
            .toList();
    StoredCoding theirs = null;
    if (with != null) {
      theirs = blind.other(transcriptId, with, user);
    } else if (!others.isEmpty()) {
      theirs = others.get(0);
    }
    model.addAttribute("transcript", t);
    model.addAttribute("mine", mine);
    model.addAttribute("theirs", theirs);
    model.addAttribute("others", others);
    model.addAttribute(
        "consensus",
        visible.stream().filter(c -> c.kind() == CodingKind.CONSENSUS).findFirst().orElse(null));
    model.addAttribute(
        "rows", mine != null && theirs != null ? Comparison.rows(mine, theirs) : List.of());
    return VIEW_COMPARISON;
  }

  @GetMapping("/codings/{transcriptId}/consensus")
  String initConsensusForm(
      @PathVariable UUID transcriptId, @AuthenticationPrincipal SignedInUser user, Model model) {
    Optional<StoredCoding> consensus = blind.consensus(transcriptId, user);
    StoredCoding start =
        consensus.orElseGet(
            () ->
                blind
                    .mine(transcriptId, user)
                    .filter(StoredCoding::isFinal)
                    .orElseThrow(
                        () ->
                            new BadInputException(
                                "status",
                                "a consensus is recorded once your coding and another coder's"
                                    + " are final")));
    model.addAttribute("consensusExists", consensus.isPresent());
    return form(
        transcriptId,
        user,
        model,
        CodingForm.of(start.coding(), null),
        consensus.orElse(null),
        Map.of(),
        "consensus");
  }

  @PostMapping("/codings/{transcriptId}/consensus")
  String processConsensusForm(
      @PathVariable UUID transcriptId,
      @ModelAttribute("form") CodingForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      blind.recordConsensus(transcriptId, CodingEntry.read(form), form.getReason(), user);
      redirect.addFlashAttribute("notice", "Consensus recorded, by " + user.displayName() + ".");
      return "redirect:/codings/" + transcriptId + "/comparison";
    } catch (CodingEntry.Problems e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("consensusExists", blind.consensus(transcriptId, user).isPresent());
      return form(transcriptId, user, model, form, null, e.byField(), "consensus");
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("consensusExists", blind.consensus(transcriptId, user).isPresent());
      return form(
          transcriptId, user, model, form, null, Map.of(e.field(), e.problem()), "consensus");
    }
  }

  private StoredCoding current(UUID transcriptId, SignedInUser user) {
    return blind.mine(transcriptId, user).orElse(null);
  }

  private String form(
      UUID transcriptId,
      SignedInUser user,
      Model model,
      CodingForm form,
      StoredCoding stored,
      Map<String, String> errors,
      String mode) {
    InterviewTranscript t = interviews.read(transcriptId, user);
    blind.transcriptFor(transcriptId, user);
    List<ConsistencyWarning> warnings = List.of();
    if (errors.isEmpty()) {
      try {
        warnings = blind.warnings(CodingEntry.read(form));
      } catch (BadInputException ignored) {
        // The form has problems of its own; they are shown beside the fields instead.
      }
    }
    Map<String, String> allErrors = new LinkedHashMap<>(errors);
    List<String[]> losses = new ArrayList<>();
    int rows = Math.max(3, form.getLossLabels().size() + 1);
    for (int i = 0; i < rows; i++) {
      losses.add(
          new String[] {
            i < form.getLossLabels().size() ? form.getLossLabels().get(i) : "",
            i < form.getLossScores().size() ? form.getLossScores().get(i) : "",
            allErrors.get("lossLabels[" + i + "]"),
            allErrors.get("lossScores[" + i + "]")
          });
    }
    boolean readOnly = "edit".equals(mode) && stored != null && stored.isFinal();
    model.addAttribute("transcript", t);
    model.addAttribute("form", form);
    model.addAttribute("stored", stored);
    model.addAttribute("mode", mode);
    model.addAttribute("readOnly", readOnly);
    model.addAttribute("errors", allErrors);
    model.addAttribute("warnings", warnings);
    model.addAttribute("rules", blind.rules());
    model.addAttribute("losses", losses);
    var byScale = evidence.byScale(t.content());
    model.addAttribute("sheet", CodingSheet.of(form, allErrors, warnings, byScale));
    model.addAttribute(
        "lossEvidence",
        byScale.getOrDefault(org.securebase.core.attachment.AaiScale.UNRESOLVED_LOSS, List.of()));
    model.addAttribute("history", blind.myHistory(transcriptId, user));
    model.addAttribute("rule", EarnedSecurityRule.DEFAULT);
    model.addAttribute(
        "earnedNow",
        stored != null && stored.isFinal()
            ? EarnedSecurityRule.DEFAULT.evaluate(stored.coding())
            : null);
    return VIEW_FORM;
  }
}
