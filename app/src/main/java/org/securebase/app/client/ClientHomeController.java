package org.securebase.app.client;

import java.util.List;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A client's own space: only their own record, in their own words, with no labels. */
@Controller
class ClientHomeController {

  private final Caseload caseload;
  private final List<ClientPagePanels> panels;

  ClientHomeController(Caseload caseload, List<ClientPagePanels> panels) {
    this.caseload = caseload;
    this.panels = panels;
  }

  @GetMapping("/me")
  String home(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("client", caseload.read(user.clientId(), user));
    panels.forEach(p -> p.clientHome(user, model));
    return "client/home";
  }
}
