package org.securebase.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random series around daylight-saving dates in zones of both hemispheres: ical4j's expansion is
 * compared with java.time's own arithmetic (adding weeks to a zoned date-time keeps local time),
 * and a clash planted on any occurrence is found on that occurrence and only there.
 */
class SeriesProperties {

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Australia/Sydney"));

  record Start(LocalDateTime local, ZoneId zone) {}

  /** Starts within six weeks before a March, October or November change, 07:00-20:45 local. */
  @Provide
  Arbitrary<Start> starts() {
    Arbitrary<LocalDate> date =
        Arbitraries.of(
                LocalDate.of(2026, 3, 8),
                LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 3, 14),
                LocalDate.of(2027, 4, 4),
                LocalDate.of(2027, 10, 3),
                LocalDate.of(2027, 11, 7))
            .flatMap(change -> Arbitraries.integers().between(0, 42).map(change::minusDays));
    Arbitrary<LocalTime> time =
        Arbitraries.integers().between(7 * 4, 20 * 4 + 3).map(q -> LocalTime.of(q / 4, q % 4 * 15));
    return Combinators.combine(date, time, Arbitraries.of(ZONES))
        .as((d, t, z) -> new Start(d.atTime(t), z));
  }

  @Property(tries = 300)
  void everyOccurrenceKeepsTheLocalTimeAndWeekday(
      @ForAll("starts") Start start,
      @ForAll @IntRange(min = 1, max = 60) int count,
      @ForAll @IntRange(min = 1, max = 2) int interval) {
    Series s = new Series(start.local(), start.zone(), Duration.ofMinutes(50), count, interval);
    List<ZonedDateTime> starts = s.starts();
    assertThat(starts).hasSize(count);
    ZonedDateTime first = ZonedDateTime.of(start.local(), start.zone());
    for (int i = 0; i < count; i++) {
      ZonedDateTime expected = first.plusWeeks((long) i * interval);
      assertThat(starts.get(i).toInstant()).isEqualTo(expected.toInstant());
      assertThat(starts.get(i).toLocalTime()).isEqualTo(start.local().toLocalTime());
      assertThat(starts.get(i).getDayOfWeek()).isEqualTo(start.local().getDayOfWeek());
    }
    for (int i = 1; i < count; i++) {
      long hours = ChronoUnit.MINUTES.between(starts.get(i - 1), starts.get(i));
      // One week of 168 hours, or 167/169 across a change (Lord Howe's 30 minutes not included).
      assertThat(Math.abs(hours - 168L * 60 * interval)).isIn(0L, 60L);
    }
  }

  @Property(tries = 200)
  void aClashOnAnyOccurrenceIsFoundThereAndNowhereElse(
      @ForAll("starts") Start start,
      @ForAll @IntRange(min = 1, max = 52) int count,
      @ForAll @IntRange(min = 0, max = 51) int planted,
      @ForAll @IntRange(min = -49, max = 49) int offsetMinutes) {
    int k = planted % count;
    Series s = new Series(start.local(), start.zone(), Duration.ofMinutes(50), count, 1);
    TimeSpan target = s.occurrences().get(k);
    Booking other =
        new Booking(
            "x",
            TimeSpan.of(
                target.start().plus(Duration.ofMinutes(offsetMinutes)), Duration.ofMinutes(50)),
            Duration.ZERO,
            Duration.ZERO);
    Availability always =
        new Availability(
            start.zone(),
            java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> new OpeningHours(d, LocalTime.of(0, 0), LocalTime.of(23, 59)))
                .toList(),
            List.of(),
            List.of());
    var typeWithoutBuffers =
        new AppointmentType(
            "PLAIN",
            Duration.ofMinutes(50),
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofDays(3650),
            false);
    var outcomes =
        SlotCheck.checkSeries(
            s,
            typeWithoutBuffers,
            always,
            List.of(other),
            start.local().atZone(start.zone()).toInstant().minusSeconds(1),
            SlotCheck.BookedBy.CLINICIAN);
    for (int i = 0; i < count; i++) {
      assertThat(outcomes.get(i).problems().contains(SlotCheck.Problem.CLASH))
          .as("occurrence %d of %d, clash planted on %d", i, count, k)
          .isEqualTo(i == k);
    }
  }
}
