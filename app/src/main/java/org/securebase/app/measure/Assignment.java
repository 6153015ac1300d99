package org.securebase.app.measure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure a clinician asked a client to answer, once or on a schedule; each occurrence expires
 * {@code expiryDays} after it falls due. A "before each session" assignment falls due {@code
 * hoursBefore} hours before each booked appointment and expires on the appointment's day.
 */
public record Assignment(
    UUID id,
    UUID clientId,
    UUID clinicianId,
    String instrumentId,
    String instrumentVersion,
    Schedule schedule,
    int intervalDays,
    LocalDate startDate,
    int expiryDays,
    boolean active,
    int version,
    int hoursBefore) {

  /** The schedule in words ("weekly", "every 10 days"). */
  public String scheduleText() {
    return schedule == Schedule.BEFORE_SESSION
        ? hoursBefore + " hours before each session"
        : schedule.describe(intervalDays);
  }
}
