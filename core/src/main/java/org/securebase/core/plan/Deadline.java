package org.securebase.core.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When an objective is due: by a session number (counted from the first session of the work) or by
 * a date. Exactly one of the two is set. Immutable.
 *
 * @param session the session number by which the target should be reached, or null
 * @param date the date by which the target should be reached, or null
 */
public record Deadline(Integer session, LocalDate date) {

  public Deadline {
    if ((session == null) == (date == null)) {
      throw new IllegalArgumentException("a deadline is either a session number or a date");
    }
    if (session != null && session < 1) {
      throw new IllegalArgumentException("the deadline session must be 1 or later, was " + session);
    }
  }

  public static Deadline bySession(int session) {
    return new Deadline(session, null);
  }

  public static Deadline byDate(LocalDate date) {
    return new Deadline(null, date);
  }

  /** "by session 12" or "by 1 March 2027". */
  public String describe() {
    return session != null
        ? "by session " + session
        : "by " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  }
}
