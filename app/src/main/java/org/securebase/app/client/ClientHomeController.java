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
  private final PageReads reads;

  ClientHomeController(Caseload caseload, List<ClientPagePanels> panels, PageReads reads) {
    this.caseload = caseload;
    this.panels = panels;
    this.reads = reads;
  }

  @GetMapping("/me")
  String home(@AuthenticationPrincipal SignedInUser user, Model model) {
    reads.inOneRead(
        () -> {
          model.addAttribute("client", caseload.read(user.clientId(), user));
          panels.forEach(p -> p.clientHome(user, model));
        });
    return "client/home";
  }
}
