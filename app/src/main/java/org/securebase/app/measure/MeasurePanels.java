package org.securebase.app.measure;

import org.securebase.app.client.ClientPagePanels;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The measures' part of the client pages: what is due, for the caseload and for the client. */
@Component
class MeasurePanels implements ClientPagePanels {

  private final OutcomeMonitoring monitoring;

  MeasurePanels(OutcomeMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public void caseload(SignedInUser clinician, Model model) {
    model.addAttribute("caseloadDue", monitoring.dueAcrossCaseload(clinician));
  }

  @Override
  public void clientHome(SignedInUser client, Model model) {
    model.addAttribute("measuresDue", monitoring.dueForClient(client));
  }
}
