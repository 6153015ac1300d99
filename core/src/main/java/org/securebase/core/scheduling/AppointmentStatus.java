package org.securebase.core.scheduling;

/**
 * What became of an appointment, in the categories practices use. Only {@link #SCHEDULED} and
 * {@link #ATTENDED} hold the clinician's time; the others free it.
 */
public enum AppointmentStatus {
  SCHEDULED,
  ATTENDED,
  /** Cancelled by the client within the practice's notice window. */
  CANCELLED,
  /** Cancelled by the client after the notice window had closed. */
  LATE_CANCELLED,
  NO_SHOW,
  CLINICIAN_CANCELLED;

  /** Whether the appointment still occupies the clinician's calendar. */
  public boolean holdsTime() {
    return this == SCHEDULED || this == ATTENDED;
  }
}
