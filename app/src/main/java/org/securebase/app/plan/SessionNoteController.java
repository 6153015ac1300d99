package org.securebase.app.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.securebase.app.client.Caseload;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing a session's draft note, signing it, and adding an addendum to a signed note. */
@Controller
class SessionNoteController {

  private static final String VIEW_SESSION_FORM = "plan/session-form";

  private final SessionNotes notes;
  private final TreatmentPlans plans;
  private final Caseload caseload;

  SessionNoteController(SessionNotes notes, TreatmentPlans plans, Caseload caseload) {
    this.notes = notes;
    this.plans = plans;
    this.caseload = caseload;
  }

  @GetMapping("/clients/{id}/sessions/{sessionId}/edit")
  String initUpdateForm(
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      model.addAttribute("form", notes.editForm(id, sessionId, user));
    } catch (StaleEditException signed) {
      redirect.addFlashAttribute("noticeCode", "notes.locked");
      return "redirect:/clients/" + id + "/sessions/" + sessionId;
    }
    return form(id, sessionId, user, model);
  }

  @PostMapping("/clients/{id}/sessions/{sessionId}/edit")
  String processUpdateForm(
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @Valid @ModelAttribute("form") SessionForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (result.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(id, sessionId, user, model);
    }
    if (action.equals("draft")) {
      form.setProgressNote(plans.draft(id, form, user));
      model.addAttribute("drafted", true);
      return form(id, sessionId, user, model);
    }
    TherapySession saved;
    try {
      saved = notes.updateDraft(id, sessionId, form, user);
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", e.problem());
      return form(id, sessionId, user, model);
    } catch (StaleEditException e) {
      // Keep what the clinician typed; say that the note was signed or changed meanwhile.
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflictCode", "notes.conflict");
      return form(id, sessionId, user, model);
    }
    if (action.equals("sign")) {
      notes.sign(id, sessionId, saved.version(), user);
      redirect.addFlashAttribute("noticeCode", "notes.saved-signed");
    } else {
      redirect.addFlashAttribute("noticeCode", "notes.saved-draft");
    }
    redirect.addFlashAttribute("noticeArgs", new Object[] {saved.number()});
    return "redirect:/clients/" + id + "/sessions/" + sessionId;
  }

  @PostMapping("/clients/{id}/sessions/{sessionId}/sign")
  String sign(
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    TherapySession signed = notes.sign(id, sessionId, version, user);
    redirect.addFlashAttribute("noticeCode", "notes.signed");
    redirect.addFlashAttribute("noticeArgs", new Object[] {signed.number()});
    return "redirect:/clients/" + id + "/sessions/" + sessionId;
  }

  @PostMapping("/clients/{id}/sessions/{sessionId}/addenda")
  String addAddendum(
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @RequestParam(name = "body", defaultValue = "") String body,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      notes.addAddendum(id, sessionId, body, user);
    } catch (BadInputException e) {
      // Show the note again with the problem beside the addendum field and the text kept.
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("addendumError", e.code());
      model.addAttribute("addendumArgs", e.args());
      model.addAttribute("addendumBody", body);
      model.addAttribute("client", caseload.read(id, user));
      model.addAttribute("s", plans.session(id, sessionId, user));
      model.addAttribute("addenda", notes.addenda(id, sessionId, user));
      model.addAttribute("page", plans.read(id, user));
      return "plan/session";
    }
    redirect.addFlashAttribute("noticeCode", "notes.addendum.added");
    return "redirect:/clients/" + id + "/sessions/" + sessionId + "#addenda";
  }

  private String form(UUID id, UUID sessionId, SignedInUser user, Model model) {
    model.addAttribute("client", caseload.read(id, user));
    model.addAttribute("page", plans.read(id, user));
    model.addAttribute("editing", true);
    model.addAttribute("formAction", "/clients/" + id + "/sessions/" + sessionId + "/edit");
    return VIEW_SESSION_FORM;
  }
}
