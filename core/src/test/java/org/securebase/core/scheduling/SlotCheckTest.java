package org.securebase.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.core.scheduling.SlotCheck.BookedBy;
import org.securebase.core.scheduling.SlotCheck.Problem;

class SlotCheckTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Monday to Friday, 09:00-18:00 New York. */
  static Availability weekdays() {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek d : List.of(DayOfWeek.values()).subList(0, 5)) {
      hours.add(new OpeningHours(d, LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }
    return Availability.weekly(NEW_YORK, hours);
  }

  static TimeSpan at(String localDateTime, int minutes) {
    return TimeSpan.of(
        ZonedDateTime.of(LocalDateTime.parse(localDateTime), NEW_YORK).toInstant(),
        Duration.ofMinutes(minutes));
  }

  static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z"); // Monday 07:00 New York

  @Nested
  class Clashes {

    @Test
    void anOverlapIsAClashNamingTheOtherBooking() {
      Booking other = Booking.of("a1", at("2026-12-03T10:00", 50), AppointmentType.INDIVIDUAL);
      var outcome =
          SlotCheck.check(
              at("2026-12-03T10:30", 50),
              AppointmentType.INDIVIDUAL,
              weekdays(),
              List.of(other),
              NOW,
              BookedBy.CLINICIAN);
      assertThat(outcome.problems()).containsExactly(Problem.CLASH);
      assertThat(outcome.clashes()).extracting(Booking::ref).containsExactly("a1");
    }

    @Test
    void theBufferAfterASessionIsKeptFree() {
      Booking other = Booking.of("a1", at("2026-12-03T10:00", 50), AppointmentType.INDIVIDUAL);
      assertThat(
              SlotCheck.check(
                      at("2026-12-03T10:55", 50),
                      AppointmentType.INDIVIDUAL,
                      weekdays(),
                      List.of(other),
                      NOW,
                      BookedBy.CLINICIAN)
                  .problems())
          .containsExactly(Problem.CLASH);
      assertThat(
              SlotCheck.check(
                      at("2026-12-03T11:00", 50),
                      AppointmentType.INDIVIDUAL,
                      weekdays(),
                      List.of(other),
                      NOW,
                      BookedBy.CLINICIAN)
                  .bookable())
          .isTrue();
    }
  }

  @Test
  void aClientNeedsTheTypesNoticeAndHorizonAClinicianDoesNot() {
    TimeSpan tomorrowMorning = at("2026-12-01T09:00", 50); // 26 hours ahead: enough
    TimeSpan thisAfternoon = at("2026-11-30T15:00", 50); // 8 hours ahead: too soon
    TimeSpan farAhead = at("2027-03-01T10:00", 50); // beyond 60 days
    Availability a = weekdays();
    var type = AppointmentType.INDIVIDUAL;
    assertThat(
            SlotCheck.check(tomorrowMorning, type, a, List.of(), NOW, BookedBy.CLIENT).bookable())
        .isTrue();
    assertThat(SlotCheck.check(thisAfternoon, type, a, List.of(), NOW, BookedBy.CLIENT).problems())
        .containsExactly(Problem.TOO_SOON);
    assertThat(SlotCheck.check(farAhead, type, a, List.of(), NOW, BookedBy.CLIENT).problems())
        .containsExactly(Problem.TOO_FAR_AHEAD);
    assertThat(
            SlotCheck.check(thisAfternoon, type, a, List.of(), NOW, BookedBy.CLINICIAN).bookable())
        .isTrue();
  }

  @Test
  void hoursDaysOffAndChangedDaysAreHonoured() {
    Availability a =
        new Availability(
            NEW_YORK,
            weekdays().weekly(),
            List.of(
                new DayChange(LocalDate.of(2026, 12, 4), LocalTime.of(12, 0), LocalTime.of(20, 0))),
            List.of(new Absence(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1))));
    var type = AppointmentType.INDIVIDUAL;
    assertThat(check(a, "2026-12-05T10:00").problems()).containsExactly(Problem.OUTSIDE_HOURS);
    assertThat(check(a, "2026-12-03T17:30").problems()).containsExactly(Problem.OUTSIDE_HOURS);
    assertThat(check(a, "2026-12-22T10:00").problems()).containsExactly(Problem.DAY_OFF);
    assertThat(check(a, "2026-12-04T10:00").problems()).containsExactly(Problem.OUTSIDE_HOURS);
    assertThat(check(a, "2026-12-04T19:00").bookable()).isTrue();
    assertThat(type.length()).isEqualTo(Duration.ofMinutes(50));
  }

  private static SlotCheck.Outcome check(Availability a, String at) {
    return SlotCheck.check(
        at(at, 50), AppointmentType.INDIVIDUAL, a, List.of(), NOW, BookedBy.CLINICIAN);
  }

  @Test
  void aSeriesIsCheckedOnEveryOccurrenceNotOnlyTheFirstTwo() {
    Series weekly =
        new Series(LocalDateTime.of(2026, 12, 3, 10, 0), NEW_YORK, Duration.ofMinutes(50), 30, 1);
    Booking inWeek27 = Booking.of("late", weekly.occurrences().get(26), AppointmentType.INDIVIDUAL);
    var outcomes =
        SlotCheck.checkSeries(
            weekly,
            AppointmentType.INDIVIDUAL,
            weekdays(),
            List.of(inWeek27),
            NOW,
            BookedBy.CLINICIAN);
    assertThat(outcomes).hasSize(30);
    for (int i = 0; i < outcomes.size(); i++) {
      assertThat(outcomes.get(i).bookable()).as("occurrence %d", i).isEqualTo(i != 26);
    }
  }

  @Test
  void freeSlotsLeaveOutBookedTimeAndItsBuffer() {
    Booking booked = Booking.of("b", at("2026-12-01T10:00", 50), AppointmentType.INDIVIDUAL);
    var slots =
        FreeSlots.between(
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 1),
            AppointmentType.INDIVIDUAL,
            weekdays(),
            List.of(booked),
            NOW,
            Duration.ofMinutes(60));
    assertThat(slots)
        .extracting(s -> s.start().atZone(NEW_YORK).toLocalTime().toString())
        .containsExactly("09:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00");
  }
}
