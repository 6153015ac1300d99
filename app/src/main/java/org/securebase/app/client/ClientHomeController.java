package org.securebase.app.client;

import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A client's own space: only their own record, in their own words, with no labels. */
@Controller
class ClientHomeController {

  private final Caseload caseload;

  ClientHomeController(Caseload caseload) {
    this.caseload = caseload;
  }

  @GetMapping("/me")
  String home(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("client", caseload.read(user.clientId(), user));
    return "client/home";
  }
}
