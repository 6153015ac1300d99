package org.securebase.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeriesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Duration FIFTY = Duration.ofMinutes(50);

  @Nested
  class AcrossDaylightSaving {

    @Test
    void keepsFivePmInNewYorkAcrossTheMarchChange() {
      // US clocks go forward on Sunday 8 March 2026.
      Series s = new Series(LocalDateTime.of(2026, 3, 2, 17, 0), NEW_YORK, FIFTY, 3, 1);
      List<ZonedDateTime> starts = s.starts();
      assertThat(starts)
          .extracting(ZonedDateTime::toLocalDateTime)
          .containsExactly(
              LocalDateTime.of(2026, 3, 2, 17, 0),
              LocalDateTime.of(2026, 3, 9, 17, 0),
              LocalDateTime.of(2026, 3, 16, 17, 0));
      assertThat(starts.get(0).toInstant()).isEqualTo(Instant.parse("2026-03-02T22:00:00Z"));
      assertThat(starts.get(1).toInstant()).isEqualTo(Instant.parse("2026-03-09T21:00:00Z"));
    }

    @Test
    void keepsFivePmInNewYorkAcrossTheNovemberChange() {
      // US clocks go back on Sunday 1 November 2026.
      Series s = new Series(LocalDateTime.of(2026, 10, 26, 17, 0), NEW_YORK, FIFTY, 2, 1);
      List<TimeSpan> spans = s.occurrences();
      assertThat(spans.get(0).start()).isEqualTo(Instant.parse("2026-10-26T21:00:00Z"));
      assertThat(spans.get(1).start()).isEqualTo(Instant.parse("2026-11-02T22:00:00Z"));
      assertThat(spans.get(1).length()).isEqualTo(FIFTY);
    }

    @Test
    void keepsNineAmInBerlinAcrossMarchAndOctoberFortnightly() {
      // EU clocks go forward on 29 March 2026 and back on 25 October 2026.
      Series s = new Series(LocalDateTime.of(2026, 3, 23, 9, 0), BERLIN, FIFTY, 17, 2);
      List<ZonedDateTime> starts = s.starts();
      assertThat(starts).hasSize(17);
      assertThat(starts).allSatisfy(z -> assertThat(z.toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
      assertThat(starts.get(0).toInstant()).isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
      assertThat(starts.get(1).toInstant()).isEqualTo(Instant.parse("2026-04-06T07:00:00Z"));
      assertThat(starts.get(16).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 2));
      assertThat(starts.get(16).toInstant()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
    }
  }

  @Test
  void writesItsRuleAsAnRrule() {
    assertThat(new Series(LocalDateTime.of(2026, 1, 5, 9, 0), NEW_YORK, FIFTY, 10, 2).rrule())
        .isEqualTo("FREQ=WEEKLY;INTERVAL=2;COUNT=10");
  }
}
