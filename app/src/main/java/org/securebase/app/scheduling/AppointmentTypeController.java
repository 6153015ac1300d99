package org.securebase.app.scheduling;

import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice's appointment types: the list, and a form to add one. */
@Controller
class AppointmentTypeController {

  static final String VIEW = "scheduling/types";
  private static final java.util.List<String> FIELDS =
      java.util.List.of(
          "name", "minutes", "bufferBefore", "bufferAfter", "noticeHours", "horizonDays");

  private final AppointmentTypes types;

  AppointmentTypeController(AppointmentTypes types) {
    this.types = types;
  }

  @GetMapping("/calendar/types")
  String initCreationForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    return show(user, model, AppointmentTypes.TypeForm.blank(), null);
  }

  @PostMapping("/calendar/types")
  String processCreationForm(
      @ModelAttribute("form") AppointmentTypes.TypeForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes flash) {
    try {
      types.add(form, user);
    } catch (BadInputException e) {
      return show(user, model, form, e);
    }
    flash.addFlashAttribute("noticeCode", "scheduling.types.added");
    return "redirect:/calendar/types";
  }

  private String show(
      SignedInUser user, Model model, AppointmentTypes.TypeForm form, BadInputException error) {
    model.addAttribute("types", types.list(user));
    model.addAttribute("form", form);
    // aria-invalid for each field: true on the refused one.
    java.util.Map<String, Boolean> invalid = new java.util.HashMap<>();
    for (String field : FIELDS) {
      invalid.put(field, error != null && field.equals(error.field()));
    }
    model.addAttribute("invalid", invalid);
    if (error != null) {
      model.addAttribute("errorCode", error.code());
      model.addAttribute("errorArgs", error.args());
    }
    return VIEW;
  }
}
