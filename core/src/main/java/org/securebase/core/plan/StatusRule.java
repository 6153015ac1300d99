package org.securebase.core.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Decides an objective's status from its target, its deadline and the progress recorded so far.
 *
 * <ol>
 *   <li><b>met</b> when the progress recorded reaches the target count;
 *   <li><b>lapsed</b> when the deadline has passed (the current session is past the deadline
 *       session, or today is after the deadline date) without reaching it;
 *   <li><b>on track</b> when the progress is at least the target times the share of the time from
 *       the start to the deadline that has passed, rounded down;
 *   <li><b>behind</b> otherwise.
 * </ol>
 *
 * <p>Time is counted in sessions for a session deadline and in days for a date deadline. The rule
 * is deliberately simple and stated on screen ({@link #STATEMENT}) so a clinician can check it by
 * hand. Pure function; thread-safe.
 */
public final class StatusRule {

  /** The rule in words, shown beside every status. */
  public static final String STATEMENT =
      "Met when the progress recorded reaches the target. Lapsed when the deadline has passed"
          + " without reaching it. Otherwise on track when the progress is at least the target times"
          + " the share of the time to the deadline that has passed (sessions for a session"
          + " deadline, days for a date deadline), rounded down; behind when it is less.";

  private StatusRule() {}

  /**
   * Where an objective stands now.
   *
   * @param target target count K, 1 or more
   * @param deadline the deadline
   * @param startSession sessions already held when the objective was set (0 at the start of work)
   * @param startDate the day the objective was set
   * @param progress the sum of progress counts recorded so far, 0 or more
   * @param currentSession sessions held so far
   * @param today today's date
   */
  public static Assessment assess(
      int target,
      Deadline deadline,
      int startSession,
      LocalDate startDate,
      int progress,
      int currentSession,
      LocalDate today) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(today, "today");
    if (target < 1) {
      throw new IllegalArgumentException("target must be 1 or more, was " + target);
    }
    if (progress < 0) {
      throw new IllegalArgumentException("progress cannot be negative, was " + progress);
    }
    if (progress >= target) {
      return new Assessment(ObjectiveStatus.MET, progress, target, target);
    }
    double share;
    boolean passed;
    if (deadline.session() != null) {
      int total = deadline.session() - startSession;
      int elapsed = currentSession - startSession;
      passed = currentSession > deadline.session();
      share = total <= 0 ? 1 : (double) elapsed / total;
    } else {
      long total = ChronoUnit.DAYS.between(startDate, deadline.date());
      long elapsed = ChronoUnit.DAYS.between(startDate, today);
      passed = today.isAfter(deadline.date());
      share = total <= 0 ? 1 : (double) elapsed / total;
    }
    share = Math.max(0, Math.min(1, share));
    int expected = (int) Math.floor(target * share + 1e-9);
    if (passed) {
      return new Assessment(ObjectiveStatus.LAPSED, progress, expected, target);
    }
    return new Assessment(
        progress >= expected ? ObjectiveStatus.ON_TRACK : ObjectiveStatus.BEHIND,
        progress,
        expected,
        target);
  }

  /**
   * The status with the numbers that produced it.
   *
   * @param status the status
   * @param progress progress recorded so far
   * @param expectedByNow what the rule expected by now
   * @param target the target count
   */
  public record Assessment(ObjectiveStatus status, int progress, int expectedByNow, int target) {

    /** For example "3 of 6 so far; 2 expected by now". */
    public String explanation() {
      return progress + " of " + target + " so far; " + expectedByNow + " expected by now";
    }
  }
}
