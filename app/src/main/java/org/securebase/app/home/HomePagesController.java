package org.securebase.app.home;

import java.util.UUID;
import org.securebase.app.client.Caseload;
import org.securebase.app.journal.ClientOverview;
import org.securebase.app.journal.CrisisFlags;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.measure.OutcomeMonitoring;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The client's home, the caseload and a client's page. Everything a page shows is read here, in one
 * read-only transaction, before the template renders: a template never calls a service, and
 * rendering never holds a connection. Each read is audited by the service that does it (those
 * events commit on their own, as the transaction cannot write).
 */
@Controller
class HomePagesController {

  private final Caseload caseload;
  private final ClientOverview overview;
  private final CrisisFlags crisisFlags;
  private final OutcomeMonitoring measures;
  private final TransactionTemplate readOnly;

  HomePagesController(
      Caseload caseload,
      ClientOverview overview,
      CrisisFlags crisisFlags,
      OutcomeMonitoring measures,
      PlatformTransactionManager transactions) {
    this.caseload = caseload;
    this.overview = overview;
    this.crisisFlags = crisisFlags;
    this.measures = measures;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  @GetMapping("/me")
  String clientHome(@AuthenticationPrincipal SignedInUser user, Model model) {
    readOnly.executeWithoutResult(
        status -> {
          model.addAttribute("client", caseload.read(user.clientId(), user));
          model.addAttribute("overview", overview.of(user));
          model.addAttribute("dueMeasures", measures.dueForClient(user));
        });
    return "client/home";
  }

  @GetMapping("/clients")
  String caseload(@AuthenticationPrincipal SignedInUser user, Model model) {
    readOnly.executeWithoutResult(
        status -> {
          model.addAttribute("clients", caseload.list(user));
          model.addAttribute("dueMeasures", measures.dueAcrossCaseload(user));
        });
    return "client/caseload";
  }

  @GetMapping("/clients/{id}")
  String client(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    readOnly.executeWithoutResult(
        status -> {
          model.addAttribute("client", caseload.read(id, user));
          model.addAttribute("flags", crisisFlags.list(id, user));
        });
    return "client/client";
  }
}
