package org.securebase.app.client;

import jakarta.servlet.http.HttpServletResponse;
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

/**
 * A clinician invites their own client; the client opens their account with the one-time code. The
 * code is shown once, to the clinician, and never stored in clear.
 */
@Controller
class ClientInvitationController {

  private static final String VIEW_CODE = "client/invitation-code";
  private static final String VIEW_REDEEM = "client/invitation";

  private final ClientInvitations invitations;
  private final Caseload caseload;

  ClientInvitationController(ClientInvitations invitations, Caseload caseload) {
    this.invitations = invitations;
    this.caseload = caseload;
  }

  @PostMapping("/clients/{id}/invitation")
  String invite(
      @PathVariable UUID id,
      @AuthenticationPrincipal SignedInUser clinician,
      Model model,
      HttpServletResponse response) {
    String code = invitations.invite(id, clinician);
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("client", caseload.read(id, clinician));
    model.addAttribute("code", code);
    model.addAttribute("days", ClientInvitations.VALID_FOR.toDays());
    return VIEW_CODE;
  }

  @GetMapping("/invitation")
  String initRedeemForm() {
    return VIEW_REDEEM;
  }

  @PostMapping("/invitation")
  String processRedeemForm(
      @RequestParam(name = "code", defaultValue = "") String code,
      @RequestParam(name = "username", defaultValue = "") String username,
      @RequestParam(name = "password", defaultValue = "") String password,
      @RequestParam(name = "displayName", defaultValue = "") String displayName,
      Model model,
      HttpServletResponse response) {
    try {
      invitations.redeem(code, username, password, displayName);
      return "redirect:/login?invited";
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errorField", e.field());
      model.addAttribute("error", e.problem());
      model.addAttribute("username", username);
      model.addAttribute("displayName", displayName);
      return VIEW_REDEEM;
    }
  }
}
