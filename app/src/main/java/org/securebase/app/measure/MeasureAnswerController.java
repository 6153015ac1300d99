package org.securebase.app.measure;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.measure.Instrument;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A client answering a measure in the browser, with save-and-resume. */
@Controller
class MeasureAnswerController {

  private static final String VIEW_ANSWER = "measure/answer";

  private final OutcomeMonitoring monitoring;
  private final MeasureCatalog catalog;

  MeasureAnswerController(OutcomeMonitoring monitoring, MeasureCatalog catalog) {
    this.monitoring = monitoring;
    this.catalog = catalog;
  }

  @GetMapping("/me/measures/{administrationId}")
  String initAnswerForm(
      @PathVariable UUID administrationId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    Administration a = monitoring.openForAnswering(administrationId, user);
    return answerForm(a, a.answers(), null, model);
  }

  private String answerForm(
      Administration a, Map<String, Integer> answers, String error, Model model) {
    Instrument instrument = catalog.get(a.instrumentId(), a.instrumentVersion());
    model.addAttribute("a", a);
    model.addAttribute("instrument", instrument);
    model.addAttribute("groups", ItemView.groups(instrument, a.itemOrder(), answers));
    // A client reads plain words: "Question 3 on your sheet", not an instrument's item label.
    model.addAttribute("plainItems", true);
    model.addAttribute("titleKey", DueMeasure.clientTitleKey(instrument.id()));
    model.addAttribute("error", error);
    model.addAttribute("total", a.itemOrder().size());
    model.addAttribute("answered", answered(a, answers));
    return VIEW_ANSWER;
  }

  private static long answered(Administration a, Map<String, Integer> answers) {
    return a.itemOrder().stream().filter(answers::containsKey).count();
  }

  @PostMapping("/me/measures/{administrationId}")
  String processAnswerForm(
      @PathVariable UUID administrationId,
      @RequestParam int version,
      @RequestParam(name = "action", defaultValue = "save") String action,
      @RequestParam Map<String, String> params,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Administration a = monitoring.openForAnswering(administrationId, user);
    Instrument instrument = catalog.get(a.instrumentId(), a.instrumentVersion());
    Map<String, Integer> answers = Map.of();
    boolean submit = "submit".equals(action) || "submit-incomplete".equals(action);
    try {
      answers = AnswerParsing.fromForm(instrument, params);
      if ("submit".equals(action) && answered(a, answers) < a.itemOrder().size()) {
        // Keep what was answered, and ask before sending a form with gaps: missing answers can
        // leave a score missing, and the client should know that before it goes.
        monitoring.answer(administrationId, version, answers, false, user);
        model.addAttribute("incomplete", true);
        return answerForm(
            monitoring.openForAnswering(administrationId, user), answers, null, model);
      }
      monitoring.answer(administrationId, version, answers, submit, user);
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return answerForm(a, answers, e.problem(), model);
    } catch (StaleEditException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      // Show what was just entered on top of the current version, so sending again works.
      return answerForm(
          monitoring.openForAnswering(administrationId, user),
          answers,
          "These answers were changed in another window. Check them and send again.",
          model);
    }
    redirect.addFlashAttribute(
        "noticeCode", submit ? "measure.answer.sent" : "measure.answer.saved-for-later");
    return "redirect:/me";
  }
}
