package org.securebase.app.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.core.measure.ChangeCategory;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.InstrumentCatalog;
import org.securebase.core.measure.Reliability;
import org.securebase.core.measure.ResponseSet;
import org.securebase.core.measure.ScoreSpread;
import org.securebase.core.measure.Scorer;

class ScoreHistoryTest {

  static final Instrument CHECKLIST = InstrumentCatalog.builtIn().get("signs-of-security", "1.0");

  static ScoreHistory.Scored scored(LocalDate date, int everyItem) {
    Map<String, Integer> answers = new java.util.LinkedHashMap<>();
    CHECKLIST.items().forEach(i -> answers.put(i.id(), everyItem));
    return new ScoreHistory.Scored(
        UUID.randomUUID(),
        date,
        Scorer.score(CHECKLIST, ResponseSet.inCanonicalOrder(CHECKLIST, answers)).scores());
  }

  @Test
  void withoutReliabilityOrSdSaysWhyNoChangeIsComputed() {
    ScoreHistory h =
        ScoreHistory.of(
            CHECKLIST,
            List.of(scored(LocalDate.of(2026, 1, 1), 1), scored(LocalDate.of(2026, 1, 8), 3)),
            (s, t) -> Optional.empty());
    ScoreHistory.Series s = h.series().get(0);
    assertThat(s.unavailableReason()).contains("no reliability and no SD");
    assertThat(s.points().get(1).sincePrevious().isAvailable()).isFalse();
    assertThat(s.points().get(1).sincePrevious().footnote()).contains("cannot be computed");
  }

  @Test
  void theWorkedExampleSeparatesReliableFromUnreliableChange() {
    ChangeParameter worked =
        new ChangeParameter(
            UUID.randomUUID(),
            CHECKLIST.id(),
            CHECKLIST.version(),
            "signs",
            "",
            Reliability.of(Reliability.Kind.TEST_RETEST, 0.90, "worked example"),
            new ScoreSpread(1.10, "worked example"),
            0,
            null);
    // 1 -> 2 is a change of 1.00 (> 0.964, reliable); 2 -> 2 is none; baseline 1 -> 2 reliable.
    ScoreHistory h =
        ScoreHistory.of(
            CHECKLIST,
            List.of(
                scored(LocalDate.of(2026, 1, 1), 1),
                scored(LocalDate.of(2026, 1, 8), 2),
                scored(LocalDate.of(2026, 1, 15), 2)),
            (s, t) -> Optional.of(worked));
    ScoreHistory.Series s = h.series().get(0);
    assertThat(s.minimumReliableDifference()).isCloseTo(0.964, within(0.0005));
    assertThat(s.points().get(1).sincePrevious().result().category())
        .isEqualTo(ChangeCategory.IMPROVED);
    assertThat(s.points().get(2).sincePrevious().result().category())
        .isEqualTo(ChangeCategory.UNCHANGED);
    assertThat(s.points().get(2).sinceBaseline().result().category())
        .isEqualTo(ChangeCategory.IMPROVED);
    assertThat(s.parameters()).contains("r = 0.90", "SD = 1.10", "0.964", "Cut-off: none");
  }
}
