package org.securebase.app.account;

import jakarta.servlet.http.HttpServletResponse;
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

/** A person's own password: change it when signed in, or set it with a one-time reset link. */
@Controller
class OwnPasswordController {

  private static final String VIEW_CHANGE = "account/password";
  private static final String VIEW_RESET = "account/reset";

  private final AccountLifecycle lifecycle;

  OwnPasswordController(AccountLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @GetMapping("/account/password")
  String initChangeForm() {
    return VIEW_CHANGE;
  }

  @PostMapping("/account/password")
  String processChangeForm(
      @RequestParam(name = "current", defaultValue = "") String current,
      @RequestParam(name = "password", defaultValue = "") String password,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      HttpServletResponse response) {
    try {
      lifecycle.changeOwnPassword(user, current, password);
      model.addAttribute("changed", true);
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errorField", e.field());
      model.addAttribute("error", e.problem());
    }
    return VIEW_CHANGE;
  }

  @GetMapping("/password-reset/{code}")
  String initResetForm(@PathVariable String code, Model model, HttpServletResponse response) {
    response.setHeader("Referrer-Policy", "no-referrer");
    model.addAttribute("code", code);
    return VIEW_RESET;
  }

  @PostMapping("/password-reset/{code}")
  String processResetForm(
      @PathVariable String code,
      @RequestParam(name = "password", defaultValue = "") String password,
      Model model,
      HttpServletResponse response) {
    try {
      lifecycle.resetPassword(code, password);
      return "redirect:/login?passwordSet";
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("code", code);
      model.addAttribute("errorField", e.field());
      model.addAttribute("error", e.problem());
      return VIEW_RESET;
    }
  }
}
