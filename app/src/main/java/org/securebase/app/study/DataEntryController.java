package org.securebase.app.study;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The researcher's data capture pages: the record status dashboard, data entry forms and the
 * double-entry comparison.
 */
@Controller
class DataEntryController {

  private static final String VIEW_STATUS = "study/status";
  private static final String VIEW_FORM = "study/entry";
  private static final String VIEW_COMPARE = "study/compare";

  private final StudyStatus status;
  private final DataEntry entry;
  private final DoubleEntry doubleEntry;

  DataEntryController(StudyStatus status, DataEntry entry, DoubleEntry doubleEntry) {
    this.status = status;
    this.entry = entry;
    this.doubleEntry = doubleEntry;
  }

  @GetMapping("/studies/{id}/status")
  String showStatus(
      @PathVariable UUID id,
      @RequestParam(name = "page", defaultValue = "1") int page,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("dashboard", status.of(id, page, user));
    model.addAttribute("states", List.of(StudyStatus.CellState.values()));
    model.addAttribute("doubleEntryForms", doubleEntry.forms(id));
    model.addAttribute("agreement", doubleEntry.agreement(id));
    return VIEW_STATUS;
  }

  @PostMapping("/studies/{id}/double-entry")
  String processDoubleEntry(
      @PathVariable UUID id,
      @RequestParam(name = "form", defaultValue = "") String form,
      @RequestParam(name = "on", defaultValue = "false") boolean on,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    doubleEntry.setForm(id, form, on, user);
    redirect.addFlashAttribute("noticeCode", on ? "research.double.on" : "research.double.off");
    return "redirect:/studies/" + id + "/status";
  }

  @GetMapping("/studies/{id}/records/{participant}/{wave}/{form}")
  String initEntryForm(
      @PathVariable UUID id,
      @PathVariable String participant,
      @PathVariable String wave,
      @PathVariable String form,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("entry", entry.show(id, participant, wave, form, user));
    return VIEW_FORM;
  }

  @PostMapping("/studies/{id}/records/{participant}/{wave}/{form}")
  String processEntryForm(
      @PathVariable UUID id,
      @PathVariable String participant,
      @PathVariable String wave,
      @PathVariable String form,
      @RequestParam Map<String, String> params,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    boolean complete = "complete".equals(params.get("action"));
    Map<String, String> typed = new LinkedHashMap<>();
    params.forEach(
        (k, v) -> {
          if (k.startsWith("v_")) {
            typed.put(k.substring(2), v);
          }
        });
    try {
      entry.save(id, participant, wave, form, typed, complete, user);
    } catch (FormRefused e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("entry", e.form());
      model.addAttribute("refused", true);
      return VIEW_FORM;
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("entry", entry.show(id, participant, wave, form, user));
      model.addAttribute("errorKey", e.problem());
      return VIEW_FORM;
    }
    redirect.addFlashAttribute(
        "noticeCode", complete ? "research.entry.savedComplete" : "research.entry.saved");
    return "redirect:/studies/" + id + "/records/" + participant + "/" + wave + "/" + form;
  }

  @GetMapping("/studies/{id}/records/{participant}/{wave}/{form}/compare")
  String showComparison(
      @PathVariable UUID id,
      @PathVariable String participant,
      @PathVariable String wave,
      @PathVariable String form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      HttpServletResponse response) {
    try {
      model.addAttribute("comparison", doubleEntry.compare(id, participant, wave, form, user));
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("errorKey", e.problem());
    }
    return VIEW_COMPARE;
  }

  @PostMapping("/studies/{id}/records/{participant}/{wave}/{form}/compare")
  String processResolution(
      @PathVariable UUID id,
      @PathVariable String participant,
      @PathVariable String wave,
      @PathVariable String form,
      @RequestParam Map<String, String> params,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> chosen = new LinkedHashMap<>();
    params.forEach(
        (k, v) -> {
          if (k.startsWith("v_")) {
            chosen.put(k.substring(2), v);
          }
        });
    try {
      doubleEntry.resolve(id, participant, wave, form, chosen, user);
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("comparison", doubleEntry.compare(id, participant, wave, form, user));
      model.addAttribute("errorField", e.field());
      boolean key = e.problem().startsWith("research.");
      model.addAttribute("errorKey", key ? e.problem() : "research.entry.refusedValue");
      model.addAttribute("errorDetail", key ? null : e.problem());
      return VIEW_COMPARE;
    }
    redirect.addFlashAttribute("noticeCode", "research.compare.done");
    return "redirect:/studies/" + id + "/status";
  }
}
