package org.securebase.app.journal;

import java.util.List;
import java.util.UUID;
import org.securebase.app.client.Client;
import org.securebase.app.client.ClientPagePanels;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The journal's part of the client pages: crisis flags on a record, the overview at home. */
@Component
class JournalPanels implements ClientPagePanels {

  private final ClientOverview overview;
  private final CrisisFlags flags;

  JournalPanels(ClientOverview overview, CrisisFlags flags) {
    this.overview = overview;
    this.flags = flags;
  }

  @Override
  public void caseload(SignedInUser clinician, List<Client> shown, Model model) {
    model.addAttribute(
        "caseloadFlags", flags.summaries(shown.stream().map(Client::id).toList(), clinician));
  }

  @Override
  public void clientRecord(UUID clientId, SignedInUser reader, Model model) {
    model.addAttribute("crisisFlags", flags.list(clientId, reader));
  }

  @Override
  public void clientHome(SignedInUser client, Model model) {
    model.addAttribute("clientOverview", overview.of(client));
  }
}
