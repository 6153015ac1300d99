package org.securebase.app.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's own second factor: set it up with an authenticator app (a QR code, or the secret typed
 * in, then one code to confirm), see the recovery codes once, or turn it off with a current code
 * where the deployment does not require it of their role.
 */
@Controller
class SecondFactorController {

  static final String PATH = "/account/second-factor";

  /** The secret being set up, kept in the person's session until a code from it is confirmed. */
  static final String PENDING = "securebase.pendingSecondFactor";

  private static final String VIEW = "account/second-factor";

  private final TwoFactor twoFactor;

  SecondFactorController(TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
  }

  @GetMapping(PATH)
  String initSetupForm(
      @AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
    return page(user, session, model);
  }

  @PostMapping(PATH)
  String processSetupForm(
      @RequestParam(name = "code", defaultValue = "") String code,
      @AuthenticationPrincipal SignedInUser user,
      HttpSession session,
      Model model,
      HttpServletResponse response) {
    String secret = (String) session.getAttribute(PENDING);
    if (secret == null) {
      return refused("governance.second-factor.not-started", user, session, model, response);
    }
    try {
      List<String> recoveryCodes = twoFactor.enable(user, secret, code);
      session.removeAttribute(PENDING);
      session.setAttribute(SecondFactorPolicy.SATISFIED, Boolean.TRUE);
      model.addAttribute("recoveryCodes", recoveryCodes);
    } catch (BadInputException e) {
      return refused("governance.second-factor.wrong-code", user, session, model, response);
    }
    return page(user, session, model);
  }

  @PostMapping(PATH + "/off")
  String turnOff(
      @RequestParam(name = "code", defaultValue = "") String code,
      @AuthenticationPrincipal SignedInUser user,
      HttpSession session,
      Model model,
      HttpServletResponse response) {
    if (!twoFactor.enabled(user.id())) {
      return "redirect:" + PATH;
    }
    String problem = null;
    if (twoFactor.requiredFor(user.role())) {
      problem = "governance.second-factor.required-for-role";
    } else if (code.isBlank() || !twoFactor.accepts(user.id(), code)) {
      problem = "governance.second-factor.wrong-code";
    }
    if (problem != null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("offError", problem);
      return page(user, session, model);
    }
    twoFactor.disable(user.id());
    session.removeAttribute(SecondFactorPolicy.SATISFIED);
    return "redirect:" + PATH + "?off";
  }

  private String refused(
      String problem,
      SignedInUser user,
      HttpSession session,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("error", problem);
    return page(user, session, model);
  }

  private String page(SignedInUser user, HttpSession session, Model model) {
    boolean enabled = twoFactor.enabled(user.id());
    model.addAttribute("enabled", enabled);
    model.addAttribute("required", twoFactor.requiredFor(user.role()));
    if (!enabled) {
      String secret = (String) session.getAttribute(PENDING);
      if (secret == null) {
        secret = twoFactor.newSecret();
        session.setAttribute(PENDING, secret);
      }
      model.addAttribute("secret", secret);
      model.addAttribute("qr", twoFactor.qrDataUri(user.username(), secret));
    }
    return VIEW;
  }
}
