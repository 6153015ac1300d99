package org.securebase.app.client;

import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.ui.Model;

/**
 * What another feature shows on the client pages (the caseload, a client's record, a client's own
 * home). The client feature owns these pages but must not depend on the features that depend on it
 * (measures, journal), so each of those implements this interface and the page controllers ask
 * every implementation to add its part to the model before the template renders; templates never
 * call a bean themselves.
 */
public interface ClientPagePanels {

  /**
   * Adds this feature's part of the clinician's caseload page: for the rows, a map keyed by client
   * id over {@code shown} (the clients listed, all the clinician's own).
   */
  default void caseload(SignedInUser clinician, List<Client> shown, Model model) {}

  /** Adds this feature's part of one client's record page (the client is already read). */
  default void clientRecord(UUID clientId, SignedInUser reader, Model model) {}

  /** Adds this feature's part of the client's own home page. */
  default void clientHome(SignedInUser client, Model model) {}
}
