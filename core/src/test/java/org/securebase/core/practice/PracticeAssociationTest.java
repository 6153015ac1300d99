package org.securebase.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.core.progress.Episode;

class PracticeAssociationTest {

  private static Instant day(String date) {
    return Instant.parse(date + "T12:00:00Z");
  }

  @Test
  void setsWeeksWithPracticeBesideWeeksWithout() {
    // Practice in the weeks of 2 and 9 November 2026 (Mondays); episodes in those and other weeks.
    List<Instant> practices = List.of(day("2026-11-03"), day("2026-11-04"), day("2026-11-10"));
    List<Episode> episodes =
        List.of(
            new Episode(day("2026-11-02"), 20),
            new Episode(day("2026-11-05"), 30),
            new Episode(day("2026-11-11"), 10),
            new Episode(day("2026-10-20"), 60),
            new Episode(day("2026-10-27"), 40),
            new Episode(day("2026-11-17"), 50));

    PracticeAssociation a = PracticeAssociation.of(practices, episodes);

    assertThat(a.weekly()).containsEntry(LocalDate.of(2026, 11, 2), 2);
    assertThat(a.weekly()).containsEntry(LocalDate.of(2026, 11, 9), 1);
    assertThat(a.withPractice().episodes()).isEqualTo(3);
    assertThat(a.withPractice().medianMinutes()).isEqualTo(20.0);
    assertThat(a.withoutPractice().episodes()).isEqualTo(3);
    assertThat(a.withoutPractice().medianMinutes()).isEqualTo(50.0);
    assertThat(a.comparable()).isTrue();
    assertThat(a.completedSince(LocalDate.of(2026, 11, 9))).isEqualTo(1);
  }

  @Test
  void saysTooFewWhenEitherSideHasUnderThreeEpisodes() {
    PracticeAssociation a =
        PracticeAssociation.of(
            List.of(day("2026-11-03")), List.of(new Episode(day("2026-11-04"), 5)));
    assertThat(a.comparable()).isFalse();
    assertThat(a.withoutPractice().medianMinutes()).isNaN();
  }
}
