package org.securebase.core.practice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.securebase.core.progress.Episode;

/**
 * Practice frequency beside recovery time, as an association for one person and never as proof:
 * completed practices per week (weeks start on Monday, UTC), and the median minutes until settled
 * of the logged episodes in weeks with at least one practice against weeks with none. Other things
 * change in the same weeks, and a person may practise more when they are already steadier, so the
 * product labels this "association, not proof". Needs {@value #MIN_EACH} episodes on each side.
 * Immutable.
 *
 * @param weekly completed practices per week, by the week's Monday
 * @param withPractice median and count of episodes in weeks with practice (median NaN if none)
 * @param withoutPractice the same for weeks without practice
 */
public record PracticeAssociation(
    Map<LocalDate, Integer> weekly, Side withPractice, Side withoutPractice) {

  /** Fewest episodes on each side before the two medians are shown. */
  public static final int MIN_EACH = 3;

  /** One side of the comparison. */
  public record Side(double medianMinutes, int episodes) {}

  public PracticeAssociation {
    weekly = Map.copyOf(weekly);
  }

  /** True when both sides have enough episodes to set side by side. */
  public boolean comparable() {
    return withPractice.episodes() >= MIN_EACH && withoutPractice.episodes() >= MIN_EACH;
  }

  /** The sum of completed practices since {@code since} (inclusive, by week). */
  public int completedSince(LocalDate since) {
    return weekly.entrySet().stream()
        .filter(e -> !e.getKey().isBefore(weekOf(since)))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Works out the association from completed practices and logged episodes. */
  public static PracticeAssociation of(List<Instant> completedPractices, List<Episode> episodes) {
    Map<LocalDate, Integer> weekly =
        completedPractices.stream()
            .collect(
                Collectors.groupingBy(
                    PracticeAssociation::weekOf, TreeMap::new, Collectors.summingInt(i -> 1)));
    Set<LocalDate> practised = weekly.keySet();
    double[] with =
        episodes.stream()
            .filter(e -> practised.contains(weekOf(e.occurredAt())))
            .mapToDouble(Episode::minutesUntilSettled)
            .toArray();
    double[] without =
        episodes.stream()
            .filter(e -> !practised.contains(weekOf(e.occurredAt())))
            .mapToDouble(Episode::minutesUntilSettled)
            .toArray();
    return new PracticeAssociation(weekly, side(with), side(without));
  }

  private static Side side(double[] minutes) {
    return new Side(
        minutes.length == 0 ? Double.NaN : new Median().evaluate(minutes), minutes.length);
  }

  static LocalDate weekOf(Instant at) {
    return weekOf(at.atZone(ZoneOffset.UTC).toLocalDate());
  }

  static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
