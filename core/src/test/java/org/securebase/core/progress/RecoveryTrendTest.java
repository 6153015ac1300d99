package org.securebase.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecoveryTrendTest {

  private static final Instant START = Instant.parse("2026-01-05T20:00:00Z");

  private static List<Episode> weekly(double... minutes) {
    List<Episode> episodes = new ArrayList<>();
    for (int week = 0; week < minutes.length; week++) {
      episodes.add(new Episode(START.plus(Duration.ofDays(7L * week)), minutes[week]));
    }
    return episodes;
  }

  private static RecoveryTrend.Estimate estimate(List<Episode> episodes) {
    RecoveryTrend trend = RecoveryTrend.of(episodes);
    assertThat(trend).isInstanceOf(RecoveryTrend.Estimate.class);
    return (RecoveryTrend.Estimate) trend;
  }

  @Nested
  class Estimates {

    @Test
    void pinsAHandComputedSlopeAndInterval() {
      // Weekly episodes 60, 50, 55, 40, 30, 35 minutes. The 15 pairwise slopes (minutes per week),
      // sorted: -15, -12.5, -10, -10, -7.5, -6.67, -6.67, -6.67, -5, -5, -3.75, -2.5, -2.5, 5, 5.
      // Median (8th) = -20/3. Var S = 6*5*17/18 = 28.33; C = 1.96 * 5.323 = 10.43;
      // lower rank round((15 - 10.43) / 2) = 2 -> -12.5; upper rank round((15 + 10.43) / 2 + 1) =
      // 14 -> 5.
      RecoveryTrend.Estimate trend = estimate(weekly(60, 50, 55, 40, 30, 35));
      assertThat(trend.minutesPerWeek()).isCloseTo(-20.0 / 3, within(1e-9));
      assertThat(trend.lowerMinutesPerWeek()).isCloseTo(-12.5, within(1e-9));
      assertThat(trend.upperMinutesPerWeek()).isCloseTo(5.0, within(1e-9));
      assertThat(trend.pairs()).isEqualTo(15);
      assertThat(trend.confidenceLevel()).isEqualTo(0.95);
      assertThat(trend.direction()).isEqualTo(TrendDirection.NO_CLEAR_CHANGE);
    }

    @Test
    void callsItGettingFasterWhenTheWholeIntervalIsBelowZero() {
      RecoveryTrend.Estimate trend = estimate(weekly(90, 80, 75, 60, 58, 40, 35, 20));
      assertThat(trend.upperMinutesPerWeek()).isNegative();
      assertThat(trend.direction()).isEqualTo(TrendDirection.GETTING_FASTER);
    }

    @Test
    void callsItGettingSlowerWhenTheWholeIntervalIsAboveZero() {
      RecoveryTrend.Estimate trend = estimate(weekly(20, 35, 40, 58, 60, 75, 80, 90));
      assertThat(trend.lowerMinutesPerWeek()).isPositive();
      assertThat(trend.direction()).isEqualTo(TrendDirection.GETTING_SLOWER);
    }

    @Test
    void usesRealTimeBetweenIrregularEpisodes() {
      // Recovery drops by exactly one minute per day on irregular days: every pairwise slope is -7
      // minutes per week, which index-based spacing would not give.
      int[] days = {0, 3, 10, 14, 21, 35};
      List<Episode> episodes = new ArrayList<>();
      for (int day : days) {
        episodes.add(new Episode(START.plus(Duration.ofDays(day)), 100 - day));
      }
      RecoveryTrend.Estimate trend = estimate(episodes);
      assertThat(trend.minutesPerWeek()).isCloseTo(-7.0, within(1e-9));
      assertThat(trend.span()).isEqualTo(Duration.ofDays(35));
    }

    @Test
    void doesNotDependOnTheOrderEpisodesArriveIn() {
      List<Episode> episodes = weekly(60, 50, 55, 40, 30, 35);
      List<Episode> shuffled = new ArrayList<>(episodes);
      Collections.reverse(shuffled);
      assertThat(RecoveryTrend.of(shuffled)).isEqualTo(RecoveryTrend.of(episodes));
    }

    @Test
    void skipsPairsLoggedAtTheSameMoment() {
      List<Episode> episodes = weekly(60, 50, 55, 40, 30, 35);
      episodes.add(new Episode(START, 70));
      assertThat(estimate(episodes).pairs()).isEqualTo(21 - 1);
    }
  }

  @Nested
  class TooFewToTell {

    @Test
    void saysTooFewBelowTheMinimumNumberOfEpisodes() {
      RecoveryTrend trend = RecoveryTrend.of(weekly(60, 50, 40, 30, 20));
      assertThat(trend).isInstanceOf(RecoveryTrend.TooFewToTell.class);
      assertThat(((RecoveryTrend.TooFewToTell) trend).reason()).contains("5 episodes");
      assertThat(trend.episodes()).isEqualTo(5);
    }

    @Test
    void saysTooFewWhenTheEpisodesSpanLessThanFourWeeks() {
      List<Episode> episodes = new ArrayList<>();
      for (int day = 0; day < 10; day++) {
        episodes.add(new Episode(START.plus(Duration.ofDays(2L * day)), 60 - day));
      }
      RecoveryTrend trend = RecoveryTrend.of(episodes);
      assertThat(trend).isInstanceOf(RecoveryTrend.TooFewToTell.class);
      assertThat(((RecoveryTrend.TooFewToTell) trend).reason()).contains("18 days");
    }

    @Test
    void honoursAStricterPolicy() {
      TrendPolicy strict = new TrendPolicy(10, Duration.ofDays(90), 0.95);
      assertThat(RecoveryTrend.of(weekly(90, 80, 75, 60, 58, 40, 35, 20), strict))
          .isInstanceOf(RecoveryTrend.TooFewToTell.class);
    }

    @Test
    void saysTooFewWhenNoIntervalCanBeFormed() {
      // Three episodes give 3 slopes but C = 1.96 * sqrt(3.67) = 3.75, so the lower rank is 0.
      TrendPolicy lenient = new TrendPolicy(3, Duration.ofDays(14), 0.95);
      RecoveryTrend trend = RecoveryTrend.of(weekly(60, 40, 20), lenient);
      assertThat(trend).isInstanceOf(RecoveryTrend.TooFewToTell.class);
      assertThat(((RecoveryTrend.TooFewToTell) trend).reason()).contains("confidence interval");
    }

    @Test
    void saysTooFewForAnEmptyLog() {
      RecoveryTrend trend = RecoveryTrend.of(List.of());
      assertThat(trend).isInstanceOf(RecoveryTrend.TooFewToTell.class);
      assertThat(trend.span()).isEqualTo(Duration.ZERO);
    }
  }

  @Nested
  class KendallVariance {

    @Test
    void usesTheUntiedFormulaWithoutTies() {
      assertThat(SenSlope.kendallVariance(weekly(1, 2, 3, 4, 5, 6)))
          .isCloseTo(510.0 / 18, within(1e-12)); // 6 * 5 * 17 / 18
    }

    @Test
    void subtractsTheTieCorrection() {
      // Groups of 3 and 2 tied times: (510 - 3*2*11 - 2*1*9) / 18 = 426 / 18.
      assertThat(SenSlope.kendallVariance(weekly(1, 1, 1, 2, 2, 3)))
          .isCloseTo(426.0 / 18, within(1e-12));
    }
  }

  @Test
  void rejectsANegativeRecoveryTime() {
    assertThatThrownBy(() -> new Episode(START, -1)).hasMessageContaining("minutesUntilSettled");
  }
}
