package org.securebase.app.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client record as a clinician sees it. {@code displayName} is a pseudonym; {@code referralNote}
 * is health information, decrypted only for a reader who may see it. {@code dischargedOn} is the
 * date the client left the active caseload, or null while they are on it.
 */
public record Client(
    UUID id,
    String displayName,
    UUID clinicianId,
    String clinicianName,
    LocalDate startDate,
    String referralNote,
    int version,
    LocalDate dischargedOn) {

  public boolean isDischarged() {
    return dischargedOn != null;
  }
}
