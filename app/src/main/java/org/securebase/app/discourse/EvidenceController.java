package org.securebase.app.discourse;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.discourse.HighlightHtml;
import org.securebase.core.discourse.IndicatorType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence page: a coder's highlighted transcript, the analyzer's marks with "this is wrong", a
 * form to add a missed indicator over words of the transcript, and the coder's own corrections.
 */
@Controller
class EvidenceController {

  private static final String VIEW_EVIDENCE = "discourse/evidence";

  private final DiscourseCorrections corrections;
  private final MessageSource messages;

  EvidenceController(DiscourseCorrections corrections, MessageSource messages) {
    this.corrections = corrections;
    this.messages = messages;
  }

  @GetMapping("/codings/{id}/evidence")
  String showEvidence(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("form", new CorrectionForm());
    return page(id, user, model);
  }

  @PostMapping("/codings/{id}/evidence/corrections")
  String processCorrectionForm(
      @PathVariable UUID id,
      @ModelAttribute("form") CorrectionForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      Correction c = corrections.add(id, form, user);
      redirect.addFlashAttribute("noticeCode", "discourse.correction.saved." + c.kind().name());
      redirect.addFlashAttribute("noticeArgs", c.indicator().id().replace('_', ' '));
      return "redirect:/codings/" + id + "/evidence#my-corrections";
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errorField", e.field());
      model.addAttribute("errorMessage", messages.getMessage(e, LocaleContextHolder.getLocale()));
      model.addAttribute("errorKind", form.getKind());
      return page(id, user, model);
    }
  }

  private String page(UUID id, SignedInUser user, Model model) {
    DiscourseCorrections.EvidencePage page = corrections.page(id, user);
    model.addAttribute("page", page);
    model.addAttribute("html", HighlightHtml.render(page.transcript().content(), page.analysis()));
    model.addAttribute(
        "indicators", Arrays.stream(IndicatorType.values()).map(IndicatorType::id).toList());
    return VIEW_EVIDENCE;
  }
}
