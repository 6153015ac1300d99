package org.securebase.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.securebase.app.kernel.Text;
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
    assertThat(words.headline()).isEqualTo(Text.of("journal.recovery.too-few", 4, 6));
    assertThat(words.minutesPerMonth()).isNull();
  }

  @Test
  void saysGettingFasterWithTheIntervalInMinutesAMonth() {
    RecoveryInWords words =
        RecoveryInWords.of(RecoveryTrend.of(weekly(90, 85, 80, 70, 66, 60, 52, 50, 41, 40)));
    assertThat(words.headline().code()).isEqualTo("journal.recovery.faster.client");
    assertThat(words.detail().code()).isEqualTo("journal.recovery.detail");
    assertThat(words.detail().args()).startsWith(10, 63L);
    assertThat(((Text) words.detail().args()[2]).code())
        .isEqualTo("journal.recovery.change.shorter");
    assertThat(((Text) words.detail().args()[3]).code()).isEqualTo("journal.recovery.range.faster");
    assertThat(words.method()).isEqualTo(Text.of("journal.recovery.method.client", 6, 28L, 95L));
    assertThat(words.minutesPerMonth()).isNegative();
  }

  @Test
  void saysNoClearChangeWhenTheIntervalSpansZero() {
    RecoveryInWords words =
        RecoveryInWords.of(RecoveryTrend.of(weekly(40, 60, 35, 55, 45, 38, 62, 41)));
    assertThat(words.headline().code()).isEqualTo("journal.recovery.no-clear-change.client");
    assertThat(((Text) words.detail().args()[3]).code())
        .isEqualTo("journal.recovery.range.across-zero");
  }

  /** Issue 13, defect 5: the clinician reads about the client, not "you". */
  @Test
  void theClinicianReadsAboutTheClientWithTheMethodNamed() {
    RecoveryInWords words =
        RecoveryInWords.of(
            RecoveryTrend.of(weekly(90, 85, 80, 70, 66, 60, 52, 50, 41, 40)),
            RecoveryInWords.Reader.CLINICIAN);
    assertThat(words.headline().code()).isEqualTo("journal.recovery.faster.clinician");
    assertThat(words.method().code()).isEqualTo("journal.recovery.method.clinician");
  }

  @Test
  void neverUsesAnAttachmentLabel() {
    for (RecoveryTrend t :
        List.of(
            RecoveryTrend.of(weekly(1, 2)),
            RecoveryTrend.of(weekly(90, 85, 80, 70, 66, 60, 52, 50, 41, 40)),
            RecoveryTrend.of(weekly(20, 30, 40, 50, 60, 70, 80, 90)))) {
      RecoveryInWords w = RecoveryInWords.of(t);
      assertThat(english(w.headline()) + english(w.detail()))
          .doesNotContainIgnoringCase("secure")
          .doesNotContainIgnoringCase("avoidant")
          .doesNotContainIgnoringCase("anxious")
          .doesNotContainIgnoringCase("disorganized")
          .doesNotContainIgnoringCase("you are safe");
    }
  }

  /** The sentence as the English bundle words it, nested sentences included. */
  private static String english(Text text) {
    try (var in = RecoveryInWordsTest.class.getResourceAsStream("/i18n/journal.properties")) {
      Properties bundle = new Properties();
      bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      Object[] args = text.args();
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof Text nested) {
          args[i] = english(nested);
        }
      }
      return new java.text.MessageFormat(bundle.getProperty(text.code()), Locale.ENGLISH)
          .format(args);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
