package org.securebase.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.core.progress.Episode;
import org.securebase.core.progress.RecoveryTrend;

class RecoveryInWordsTest {

  private static final Instant START = Instant.parse("2026-01-05T20:00:00Z");

  private static List<Episode> weekly(double... minutes) {
    List<Episode> episodes = new ArrayList<>();
    for (int i = 0; i < minutes.length; i++) {
      episodes.add(new Episode(START.plus(Duration.ofDays(7L * i)), minutes[i]));
    }
    return episodes;
  }

  @Test
  void saysHowManyEpisodesAreStillMissing() {
    RecoveryInWords words = RecoveryInWords.of(RecoveryTrend.of(weekly(60, 50, 40, 30)));
    assertThat(words.estimate()).isFalse();
    assertThat(words.headline()).isEqualTo("Too few episodes to tell yet: 4 of 6.");
    assertThat(words.minutesPerMonth()).isNull();
  }

  @Test
  void saysGettingFasterWithTheIntervalInMinutesAMonth() {
    RecoveryInWords words =
        RecoveryInWords.of(RecoveryTrend.of(weekly(90, 85, 80, 70, 66, 60, 52, 50, 41, 40)));
    assertThat(words.headline()).isEqualTo("You are getting faster to settle.");
    assertThat(words.detail())
        .startsWith("Over 10 episodes in 63 days, the time until settled got shorter by about")
        .contains("minutes faster a month");
    assertThat(words.method()).contains("Theil-Sen").contains("95% interval");
    assertThat(words.minutesPerMonth()).isNegative();
  }

  @Test
  void saysNoClearChangeWhenTheIntervalSpansZero() {
    RecoveryInWords words =
        RecoveryInWords.of(RecoveryTrend.of(weekly(40, 60, 35, 55, 45, 38, 62, 41)));
    assertThat(words.headline()).isEqualTo("No clear change yet in how fast you settle.");
    assertThat(words.detail()).contains("likely somewhere between");
  }

  @Test
  void neverUsesAnAttachmentLabel() {
    for (RecoveryTrend t :
        List.of(
            RecoveryTrend.of(weekly(1, 2)),
            RecoveryTrend.of(weekly(90, 85, 80, 70, 66, 60, 52, 50, 41, 40)),
            RecoveryTrend.of(weekly(20, 30, 40, 50, 60, 70, 80, 90)))) {
      RecoveryInWords w = RecoveryInWords.of(t);
      assertThat(w.headline() + w.detail())
          .doesNotContainIgnoringCase("secure")
          .doesNotContainIgnoringCase("avoidant")
          .doesNotContainIgnoringCase("anxious")
          .doesNotContainIgnoringCase("disorganized")
          .doesNotContainIgnoringCase("you are safe");
    }
  }
}
