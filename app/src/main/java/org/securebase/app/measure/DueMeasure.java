package org.securebase.app.measure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure waiting to be answered, for the client's home page and the clinician's caseload.
 *
 * @param selfMonitoring true for the self-monitoring checklist, which is labelled as such
 * @param instrumentId the instrument's id, which names its plain title for clients
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
    boolean started,
    String instrumentId) {

  /** The message key of the plain title a client reads for this questionnaire. */
  public String clientTitleKey() {
    return clientTitleKey(instrumentId);
  }

  static String clientTitleKey(String instrumentId) {
    return "measure.client-title." + instrumentId;
  }
}
