package org.securebase.core.scheduling;

import java.time.Duration;

/**
 * A kind of appointment a practice offers: its length, the buffers kept free before and after it
 * (for notes, a pause, a room change), how much notice a client must give to book it, and how far
 * ahead it may be booked. {@code separateInterviewer} marks types given by a named interviewer who
 * may differ from the therapist (the Adult Attachment Interview). Immutable.
 *
 * <p>The 50-minute individual session is the "therapy hour" of US practice (CPT 90834 covers 38-52
 * minutes); the AAI takes about an hour to an hour and a half (Hesse 2008), so 90 minutes are kept.
 */
public record AppointmentType(
    String code,
    Duration length,
    Duration bufferBefore,
    Duration bufferAfter,
    Duration minimumNotice,
    Duration horizon,
    boolean separateInterviewer) {

  public static final AppointmentType INDIVIDUAL =
      new AppointmentType(
          "INDIVIDUAL",
          Duration.ofMinutes(50),
          Duration.ZERO,
          Duration.ofMinutes(10),
          Duration.ofHours(24),
          Duration.ofDays(60),
          false);
  public static final AppointmentType INTAKE =
      new AppointmentType(
          "INTAKE",
          Duration.ofMinutes(60),
          Duration.ZERO,
          Duration.ofMinutes(15),
          Duration.ofHours(48),
          Duration.ofDays(60),
          false);
  public static final AppointmentType AAI =
      new AppointmentType(
          "AAI",
          Duration.ofMinutes(90),
          Duration.ofMinutes(10),
          Duration.ofMinutes(15),
          Duration.ofHours(72),
          Duration.ofDays(90),
          true);

  public AppointmentType {
    if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
      throw new IllegalArgumentException("an appointment type code is 2-40 capitals, was " + code);
    }
    if (length == null || length.isNegative() || length.isZero() || length.toHours() > 8) {
      throw new IllegalArgumentException("an appointment lasts more than 0 and at most 8 hours");
    }
    if (bufferBefore.isNegative() || bufferAfter.isNegative()) {
      throw new IllegalArgumentException("buffers cannot be negative");
    }
    if (minimumNotice.isNegative() || horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("notice cannot be negative and the horizon must be ahead");
    }
  }

  /** The same type with another length (a booking may ask for a different duration). */
  public AppointmentType lasting(Duration other) {
    return new AppointmentType(
        code, other, bufferBefore, bufferAfter, minimumNotice, horizon, separateInterviewer);
  }
}
