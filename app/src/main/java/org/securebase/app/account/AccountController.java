package org.securebase.app.account;

import java.time.Clock;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The administrator's account pages. No clinical content is shown here. */
@Controller
class AccountController {

  private static final String VIEW_LIST = "account/accounts";
  private static final String VIEW_FORM = "account/form";

  private final AccountRepository repository;
  private final Accounts accounts;
  private final AuditLog audit;
  private final Clock clock;

  private final AccountLifecycle lifecycle;
  private final MessageSource messages;

  AccountController(
      AccountRepository repository,
      Accounts accounts,
      AuditLog audit,
      Clock clock,
      AccountLifecycle lifecycle,
      MessageSource messages) {
    this.lifecycle = lifecycle;
    this.messages = messages;
    this.repository = repository;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/admin/accounts")
  String list(Model model) {
    model.addAttribute("accounts", repository.findAll());
    model.addAttribute(
        "roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.CLIENT).toList());
    model.addAttribute("now", clock.instant());
    return VIEW_LIST;
  }

  @GetMapping("/admin/accounts/new")
  String initCreationForm(Model model) {
    model.addAttribute("form", new AccountForm());
    return formView(model);
  }

  @PostMapping("/admin/accounts/new")
  String processCreationForm(
      @ModelAttribute("form") AccountForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser admin,
      Model model,
      RedirectAttributes redirect) {
    try {
      accounts.open(form.toRequest(), admin.username());
    } catch (BadInputException e) {
      result.rejectValue(e.field(), "invalid", e.problem());
      form.setPassword(null);
      return formView(model);
    }
    redirect.addFlashAttribute("notice", "Account " + form.getUsername() + " was opened.");
    return "redirect:/admin/accounts";
  }

  @PostMapping("/admin/accounts/{id}/unlock")
  String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
    lifecycle.unlock(id);
    redirect.addFlashAttribute("notice", text("governance.accounts.unlocked"));
    return "redirect:/admin/accounts";
  }

  @PostMapping("/admin/accounts/{id}/{state:enable|disable}")
  String setEnabled(
      @PathVariable UUID id,
      @PathVariable String state,
      @AuthenticationPrincipal SignedInUser admin,
      RedirectAttributes redirect) {
    lifecycle.setEnabled(id, state.equals("enable"), admin);
    redirect.addFlashAttribute("notice", text("governance.accounts." + state + "d"));
    return "redirect:/admin/accounts";
  }

  @PostMapping("/admin/accounts/{id}/role")
  String changeRole(
      @PathVariable UUID id,
      @RequestParam(name = "role", required = false) Role role,
      @AuthenticationPrincipal SignedInUser admin,
      RedirectAttributes redirect) {
    lifecycle.changeRole(id, role, admin);
    redirect.addFlashAttribute("notice", text("governance.accounts.roleChanged"));
    return "redirect:/admin/accounts";
  }

  @PostMapping("/admin/accounts/{id}/reset")
  String issueReset(
      @PathVariable UUID id,
      @AuthenticationPrincipal SignedInUser admin,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    String code = lifecycle.issueReset(id, admin);
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("account", repository.findById(id).orElseThrow());
    model.addAttribute("link", "/password-reset/" + code);
    return "account/reset-link";
  }

  private String text(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  private String formView(Model model) {
    // A client account is opened only with the client's clinician's invitation.
    model.addAttribute(
        "roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.CLIENT).toList());
    return VIEW_FORM;
  }
}
