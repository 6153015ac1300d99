package org.securebase.app.study;

import java.util.Comparator;
import java.util.UUID;

/**
 * A wave (event) of a longitudinal study: a name unique in the study, a label, and when it is due,
 * as a target age in months and/or a day offset from enrolment.
 */
public record StudyWave(
    UUID id, String name, String label, Double targetAgeMonths, Integer dayOffset) {

  /** Waves in time order: by target age, then day offset, then name; unknown timing last. */
  static final Comparator<StudyWave> IN_TIME_ORDER =
      Comparator.comparing(
              StudyWave::targetAgeMonths, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StudyWave::dayOffset, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StudyWave::name);

  /** The target age as typed: {@code 12}, {@code 12.5}, or empty. */
  public String targetAgeText() {
    if (targetAgeMonths == null) {
      return "";
    }
    double v = targetAgeMonths;
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
