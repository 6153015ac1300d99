package org.securebase.app.journal;

import java.util.List;
import java.util.UUID;
import org.securebase.app.client.Caseload;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The clinician's view of a client's own logs: what the client shares, and every flag. */
@Controller
class ClientLogsController {

  private final Caseload caseload;
  private final ActivationLog activations;
  private final SupportLog support;
  private final Journal journal;
  private final CrisisFlags flags;
  private final RecoveryContext recoveryContext;

  ClientLogsController(
      Caseload caseload,
      ActivationLog activations,
      SupportLog support,
      Journal journal,
      CrisisFlags flags,
      RecoveryContext recoveryContext) {
    this.recoveryContext = recoveryContext;
    this.caseload = caseload;
    this.activations = activations;
    this.support = support;
    this.journal = journal;
    this.flags = flags;
  }

  @GetMapping("/clients/{id}/logs")
  String showLogs(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("client", caseload.read(id, user));
    List<Activation> acts = activations.list(id, user);
    model.addAttribute("flags", flags.list(id, user));
    model.addAttribute("activations", acts);
    model.addAttribute("trend", ActivationLog.trendForClinician(acts));
    model.addAttribute("marks", recoveryContext.of(id, user, acts));
    model.addAttribute("support", support.list(id, user));
    model.addAttribute("setbacks", activations.setbacks(id, user));
    model.addAttribute("entries", journal.shared(id, user));
    return "journal/clinician-logs";
  }
}
