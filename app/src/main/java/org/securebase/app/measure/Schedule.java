package org.securebase.app.measure;

/**
 * How often an assigned measure falls due. "Before each session" is due a set number of hours
 * before each booked appointment ({@link BeforeSessionMeasures}), not on a calendar step.
 */
public enum Schedule {
  /** Due once, on the start date. */
  ONCE,
  /** Due every seven days from the start date. */
  WEEKLY,
  /** Due every {@code intervalDays} days from the start date. */
  EVERY_N_DAYS,
  /** Due a set number of hours before each booked appointment. */
  BEFORE_SESSION;

  /** Days between occurrences, or 0 for a single occurrence. */
  int stepDays(int intervalDays) {
    return switch (this) {
      case ONCE -> 0;
      case WEEKLY -> 7;
      case EVERY_N_DAYS -> intervalDays;
      case BEFORE_SESSION -> 0;
    };
  }

  String describe(int intervalDays) {
    return switch (this) {
      case ONCE -> "once";
      case WEEKLY -> "weekly";
      case EVERY_N_DAYS -> "every " + intervalDays + " days";
      case BEFORE_SESSION -> "before each session";
    };
  }
}
