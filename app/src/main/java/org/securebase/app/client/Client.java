package org.securebase.app.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client record as a clinician sees it. {@code displayName} is a pseudonym; {@code referralNote}
 * is health information, decrypted only for a reader who may see it.
 */
public record Client(
    UUID id,
    String displayName,
    UUID clinicianId,
    String clinicianName,
    LocalDate startDate,
    String referralNote,
    int version) {}
