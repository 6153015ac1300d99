package org.securebase.app.measure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure waiting to be answered, for the client's home page and the clinician's caseload.
 *
 * @param selfMonitoring true for the self-monitoring checklist, which is labelled as such
 */
public record DueMeasure(
    UUID administrationId,
    UUID clientId,
    String clientName,
    String instrumentTitle,
    boolean selfMonitoring,
    LocalDate dueDate,
    LocalDate expiresOn,
    boolean overdue,
    boolean started) {}
