package org.securebase.app.measure;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 resources another feature adds to a client's bundle (scheduling adds the client's {@code
 * Appointment}s). The measures feature builds the bundle and calls every implementation inside the
 * read that exported it, after checking the caller may export this client; an implementation reads
 * its own records, audits the read, and refers to the client as {@code urn:uuid:<clientId>}.
 */
public interface FhirContribution {

  /** This feature's resources about the client, each with its id set. */
  List<Resource> resourcesFor(UUID clientId);
}
