package org.securebase.app.measure;

import java.time.LocalDate;

/**
 * The measures' part of one caseload row: how many measures wait (and how many of those are
 * overdue), and the latest score with its reliable-change direction since the client's first score
 * on that instrument.
 *
 * @param due measures due by today and not yet answered, overdue ones included
 * @param overdue of those, the ones past their due date
 * @param latest the newest score, or null when the client has none
 */
public record CaseloadRow(int due, int overdue, LatestScore latest) {

  /** The direction of change since the first score, as the caseload shows it. */
  public enum Direction {
    /** Reliable improvement (recovered included). */
    IMPROVED,
    /** Within measurement error. */
    NO_RELIABLE_CHANGE,
    /** Reliable change in the worse direction. */
    DETERIORATED,
    /** Reliable change on a scale where neither direction is better. */
    CHANGED,
    /** Only one score so far: nothing to compare with. */
    FIRST_SCORE,
    /** No reliability or SD with a source is on file, so change is not computed. */
    NOT_COMPUTED
  }

  /**
   * The newest score on the client's most recently answered instrument.
   *
   * @param instrumentCode the instrument's short name, e.g. {@code PHQ-9}
   * @param instrumentTitle its full title
   * @param scaleTitle the subscale (and target) the score is on
   * @param baselineDate the date of the first score the direction compares with
   */
  public record LatestScore(
      String instrumentCode,
      String instrumentTitle,
      String scaleTitle,
      LocalDate date,
      double value,
      Direction direction,
      LocalDate baselineDate,
      boolean selfMonitoring) {}
}
