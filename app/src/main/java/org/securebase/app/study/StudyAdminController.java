package org.securebase.app.study;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The administrator's study shells: create a study (code and title) and assign researchers. No
 * participant data is shown here.
 */
@Controller
class StudyAdminController {

  private static final String VIEW = "study/admin";

  private final Studies studies;
  private final MessageSource messages;

  StudyAdminController(Studies studies, MessageSource messages) {
    this.studies = studies;
    this.messages = messages;
  }

  @GetMapping("/admin/studies")
  String showStudies(Model model) {
    fill(model);
    return VIEW;
  }

  private void fill(Model model) {
    List<Study> all = studies.all();
    Map<UUID, List<StudyResearcher>> researchers = new LinkedHashMap<>();
    all.forEach(s -> researchers.put(s.id(), studies.researchers(s.id())));
    model.addAttribute("studies", all);
    model.addAttribute("researchers", researchers);
  }

  @PostMapping("/admin/studies/new")
  String processCreationForm(
      @RequestParam(name = "code", defaultValue = "") String code,
      @RequestParam(name = "title", defaultValue = "") String title,
      @RequestParam(name = "lead", defaultValue = "") String lead,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      Study study = studies.create(code, title, lead, user.username());
      redirect.addFlashAttribute("notice", "Study " + study.code() + " was created.");
      return "redirect:/admin/studies";
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("createError", e.problem());
      model.addAttribute("createErrorField", e.field());
      model.addAttribute("studyCode", code);
      model.addAttribute("studyTitle", title);
      model.addAttribute("studyLead", lead);
      fill(model);
      return VIEW;
    }
  }

  @PostMapping("/admin/studies/{id}/researchers")
  String processAssignForm(
      @PathVariable UUID id,
      @RequestParam(name = "username", defaultValue = "") String username,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      studies.assign(id, username, user.username());
      redirect.addFlashAttribute(
          "notice",
          messages.getMessage(
              "governance.admin.proposed",
              new Object[] {username.strip()},
              LocaleContextHolder.getLocale()));
      return "redirect:/admin/studies";
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("assignError", e.problem());
      model.addAttribute("assignStudy", id);
      fill(model);
      return VIEW;
    }
  }

  @PostMapping("/admin/studies/{id}/researchers/{accountId}/remove")
  String processRemoveForm(
      @PathVariable UUID id, @PathVariable UUID accountId, RedirectAttributes redirect) {
    studies.unassign(id, accountId);
    redirect.addFlashAttribute("notice", "The researcher was removed from the study.");
    return "redirect:/admin/studies";
  }
}
