package org.securebase.app.study;

import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The study's second-person steps: the lead accepts proposed researchers, researchers ask for an
 * export with identifiers or free text, and the lead decides.
 */
@Controller
class StudyGovernanceController {

  private final Studies studies;
  private final ExportApprovals approvals;
  private final MessageSource messages;

  StudyGovernanceController(Studies studies, ExportApprovals approvals, MessageSource messages) {
    this.studies = studies;
    this.approvals = approvals;
    this.messages = messages;
  }

  @PostMapping("/studies/{id}/researchers/{accountId}/accept")
  String acceptResearcher(
      @PathVariable UUID id,
      @PathVariable UUID accountId,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    studies.accept(id, accountId, user);
    redirect.addFlashAttribute("notice", text("governance.study.accepted"));
    return "redirect:/studies/" + id;
  }

  @PostMapping("/studies/{id}/export-requests")
  String requestExport(
      @PathVariable UUID id,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      @RequestParam(name = "identifiers", defaultValue = "false") boolean identifiers,
      @RequestParam(name = "freeText", defaultValue = "false") boolean freeText,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    approvals.request(id, reason, identifiers, freeText, user);
    redirect.addFlashAttribute("notice", text("governance.export.requested"));
    return "redirect:/studies/" + id + "/export";
  }

  @PostMapping("/studies/{id}/export-requests/{requestId}/{decision:approve|refuse}")
  String decideExport(
      @PathVariable UUID id,
      @PathVariable UUID requestId,
      @PathVariable String decision,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    boolean approve = decision.equals("approve");
    approvals.decide(id, requestId, approve, user);
    redirect.addFlashAttribute(
        "notice", text(approve ? "governance.export.approved" : "governance.export.refused"));
    return "redirect:/studies/" + id + "/export";
  }

  private String text(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }
}
