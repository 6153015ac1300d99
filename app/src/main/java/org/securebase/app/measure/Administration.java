package org.securebase.app.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One administration of an instrument: a due occurrence of an assignment or answers entered from
 * paper. It keeps the instrument id, definition version and the item order the form showed, so the
 * answers can always be re-scored with the keys they were given under.
 *
 * @param answers answer per answer key, decrypted; empty when not loaded or nothing answered yet
 * @param source CLIENT (answered in the browser) or PAPER (entered by the clinician)
 */
public record Administration(
    UUID id,
    UUID clientId,
    UUID assignmentId,
    String instrumentId,
    String instrumentVersion,
    List<String> itemOrder,
    Map<String, Integer> answers,
    int answeredCount,
    LocalDate dueDate,
    LocalDate expiresOn,
    AdministrationStatus status,
    LocalDate completedOn,
    String source,
    int version) {

  public boolean isCompleted() {
    return status == AdministrationStatus.COMPLETED;
  }

  /** Open or in progress and not past its expiry date. */
  public boolean isAnswerable(LocalDate today) {
    return !isCompleted() && !today.isAfter(expiresOn);
  }

  /** Past its due date and still answerable. */
  public boolean isOverdue(LocalDate today) {
    return isAnswerable(today) && today.isAfter(dueDate);
  }

  /** Not completed before its expiry date. */
  public boolean isExpired(LocalDate today) {
    return !isCompleted() && today.isAfter(expiresOn);
  }

  /** The date the scores belong to: when it was completed. */
  public LocalDate scoreDate() {
    return completedOn != null ? completedOn : dueDate;
  }
}
