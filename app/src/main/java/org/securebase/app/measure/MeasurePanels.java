package org.securebase.app.measure;

import java.util.List;
import org.securebase.app.client.Client;
import org.securebase.app.client.ClientPagePanels;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The measures' part of the client pages: what is due, for the caseload and for the client. */
@Component
class MeasurePanels implements ClientPagePanels {

  private final OutcomeMonitoring monitoring;
  private final CaseloadMeasures rows;

  MeasurePanels(OutcomeMonitoring monitoring, CaseloadMeasures rows) {
    this.monitoring = monitoring;
    this.rows = rows;
  }

  @Override
  public void caseload(SignedInUser clinician, List<Client> shown, Model model) {
    model.addAttribute("caseloadDue", monitoring.dueAcrossCaseload(clinician));
    model.addAttribute("caseloadMeasures", rows.rows(clinician, shown));
  }

  @Override
  public void clientHome(SignedInUser client, Model model) {
    model.addAttribute("measuresDue", monitoring.dueForClient(client));
  }
}
