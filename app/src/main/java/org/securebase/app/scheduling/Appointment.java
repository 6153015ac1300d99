package org.securebase.app.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.securebase.core.scheduling.AppointmentStatus;
import org.securebase.core.scheduling.TimeSpan;

/**
 * One appointment. {@code clinicianId} is whose time it holds (the interviewer of an AAI given by
 * another clinician); {@code bookedBy} is who booked it. Times are instants, shown in {@code zone}.
 */
public record Appointment(
    UUID id,
    UUID clinicianId,
    UUID bookedBy,
    UUID clientId,
    String typeCode,
    Instant start,
    Instant end,
    ZoneId zone,
    AppointmentStatus status,
    UUID seriesId,
    Integer seriesIndex,
    String icalUid,
    int icalSequence,
    UUID sessionId,
    boolean requestedByClient,
    boolean rescheduleRequested,
    boolean reachOutDone,
    int version) {

  public TimeSpan span() {
    return new TimeSpan(start, end);
  }

  public LocalDateTime localStart() {
    return LocalDateTime.ofInstant(start, zone);
  }

  public LocalDateTime localEnd() {
    return LocalDateTime.ofInstant(end, zone);
  }

  public long minutes() {
    return java.time.Duration.between(start, end).toMinutes();
  }
}
