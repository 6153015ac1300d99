package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsistencyRulesTest {

  private static final ConsistencyRules RULES = ConsistencyRules.DEFAULTS;

  private static List<ConsistencyCheck> checks(String classification, ScaleScores scores) {
    return RULES.check(Classification.parse(classification), scores).stream()
        .map(ConsistencyWarning::check)
        .toList();
  }

  private static ScaleScores coherence(double coh) {
    return ScaleScores.builder().score(AaiScale.COHERENCE_OF_MIND, coh).build();
  }

  @Nested
  class SecureLeaning {
    @ParameterizedTest
    @CsvSource({"4.5, true", "5, false", "1, true", "9, false"})
    void warnsWhenFHasCoherenceBelowFive(double coh, boolean fires) {
      assertThat(checks("F1", coherence(coh)).contains(ConsistencyCheck.SECURE_WITH_LOW_COHERENCE))
          .isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource({"Ds1, 7, true", "E2, 7, true", "Ds3, 6.5, false", "E1, 9, true", "U/E1, 8, true"})
    void warnsWhenDsOrEHasCoherenceAtOrAboveSeven(String c, double coh, boolean fires) {
      assertThat(checks(c, coherence(coh)).contains(ConsistencyCheck.INSECURE_WITH_HIGH_COHERENCE))
          .isEqualTo(fires);
    }

    @Test
    void fWithHighCoherenceIsQuiet() {
      assertThat(checks("F3b", coherence(7))).isEmpty();
    }
  }

  @Nested
  class UnresolvedCandidate {
    @ParameterizedTest
    @CsvSource({"5.5, true", "5, false", "9, true", "4.5, false"})
    void warnsWhenUAbsentAtFiveAndAHalf(double loss, boolean fires) {
      ScaleScores s = ScaleScores.builder().loss("grandmother", loss).build();
      assertThat(checks("F1", s).contains(ConsistencyCheck.UNRESOLVED_NOT_ENTERED))
          .isEqualTo(fires);
    }

    @Test
    void usesTheHighestLossAndTrauma() {
      ScaleScores s =
          ScaleScores.builder()
              .loss("uncle", 2)
              .loss("sister", 6)
              .score(AaiScale.UNRESOLVED_TRAUMA, 3)
              .build();
      assertThat(checks("Ds1", s)).containsExactly(ConsistencyCheck.UNRESOLVED_NOT_ENTERED);
      ScaleScores trauma = ScaleScores.builder().score(AaiScale.UNRESOLVED_TRAUMA, 6).build();
      assertThat(checks("Ds1", trauma)).containsExactly(ConsistencyCheck.UNRESOLVED_NOT_ENTERED);
    }

    @ParameterizedTest
    @CsvSource({"4, true", "4.5, false", "1, true", "7, false"})
    void warnsWhenUEnteredBelowFourAndAHalf(double trauma, boolean fires) {
      ScaleScores s = ScaleScores.builder().score(AaiScale.UNRESOLVED_TRAUMA, trauma).build();
      assertThat(checks("U/F", s).contains(ConsistencyCheck.UNRESOLVED_WITH_LOW_SCORES))
          .isEqualTo(fires);
    }

    @Test
    void saysNothingWithoutUnresolvedScores() {
      assertThat(checks("U/F", ScaleScores.empty())).isEmpty();
      assertThat(checks("F", ScaleScores.empty())).isEmpty();
    }
  }

  @Nested
  class DismissingAndPreoccupiedLeaning {
    @ParameterizedTest
    @CsvSource({
      "F1, 5, 4.5, true",
      "F1, 4.5, 4.5, false",
      "F1, 5, 5, false",
      "E2, 6, 3, true",
      "Ds1, 6, 3, false"
    })
    void warnsOnHighIdealizationWithLowCoherenceUnlessDs(
        String c, double idealization, double coh, boolean fires) {
      ScaleScores s =
          ScaleScores.builder()
              .score(AaiScale.IDEALIZATION, Parent.FATHER, idealization)
              .score(AaiScale.IDEALIZATION, Parent.MOTHER, 1)
              .score(AaiScale.COHERENCE_OF_MIND, coh)
              .build();
      assertThat(checks(c, s).contains(ConsistencyCheck.DISMISSING_LEANING)).isEqualTo(fires);
    }

    @Test
    void lackOfRecallAndDerogationAlsoLeanDismissing() {
      ScaleScores recall =
          ScaleScores.builder()
              .score(AaiScale.LACK_OF_RECALL, 7)
              .score(AaiScale.COHERENCE_OF_MIND, 3)
              .build();
      ScaleScores derogation =
          ScaleScores.builder()
              .score(AaiScale.DEROGATION_OF_ATTACHMENT, 5)
              .score(AaiScale.COHERENCE_OF_MIND, 3)
              .build();
      List<ConsistencyWarning> w = RULES.check(Classification.parse("E1"), recall);
      assertThat(w).extracting(ConsistencyWarning::id).containsExactly("DISMISSING_LEANING");
      assertThat(w.get(0).scales())
          .containsExactly(AaiScale.LACK_OF_RECALL, AaiScale.COHERENCE_OF_MIND);
      assertThat(checks("E1", derogation)).containsExactly(ConsistencyCheck.DISMISSING_LEANING);
    }

    @ParameterizedTest
    @CsvSource({"Ds1, 5, 4.5, true", "Ds1, 4.5, 4.5, false", "F1, 5, 5, false", "E2, 8, 2, false"})
    void warnsOnHighAngerWithLowCoherenceUnlessE(
        String c, double anger, double coh, boolean fires) {
      ScaleScores s =
          ScaleScores.builder()
              .score(AaiScale.INVOLVING_ANGER, Parent.MOTHER, anger)
              .score(AaiScale.COHERENCE_OF_MIND, coh)
              .build();
      assertThat(checks(c, s).contains(ConsistencyCheck.PREOCCUPIED_LEANING)).isEqualTo(fires);
    }

    @Test
    void passivityAlsoLeansPreoccupied() {
      ScaleScores s =
          ScaleScores.builder()
              .score(AaiScale.PASSIVITY, 6)
              .score(AaiScale.COHERENCE_OF_MIND, 4)
              .build();
      assertThat(checks("Ds2", s)).containsExactly(ConsistencyCheck.PREOCCUPIED_LEANING);
    }

    @Test
    void leaningRulesNeedACoherenceScore() {
      ScaleScores s = ScaleScores.builder().score(AaiScale.PASSIVITY, 9).build();
      assertThat(checks("F1", s)).isEmpty();
    }
  }

  @Nested
  class Configuration {
    @Test
    void thresholdsAreParameters() {
      ConsistencyRules strict = new ConsistencyRules("lab-x", "2", 6, 7, 5.5, 4.5, 5, 5);
      assertThat(strict.check(Classification.parse("F"), coherence(5.5)))
          .extracting(ConsistencyWarning::check)
          .containsExactly(ConsistencyCheck.SECURE_WITH_LOW_COHERENCE);
      assertThat(RULES.check(Classification.parse("F"), coherence(5.5))).isEmpty();
    }

    @Test
    void warningsCarryRuleSetIdVersionAndPlainMessage() {
      ConsistencyWarning w = RULES.check(Classification.parse("F2"), coherence(3)).get(0);
      assertThat(w.rulesId()).isEqualTo("aai-consistency");
      assertThat(w.rulesVersion()).isEqualTo("1");
      assertThat(w.message()).contains("F is entered").contains("3").contains("below 5");
      assertThat(w.scales()).containsExactly(AaiScale.COHERENCE_OF_MIND);
      assertThat(RULES.parameters())
          .containsEntry("secureCoherenceMin", "5")
          .containsEntry("unresolvedAbsentAt", "5.5");
    }

    @Test
    void rejectsThresholdOffTheScale() {
      assertThatThrownBy(() -> new ConsistencyRules("x", "1", 0, 7, 5.5, 4.5, 5, 5))
          .hasMessageContaining("secureCoherenceMin");
    }

    @Test
    void checkingNeverChangesTheCoding() {
      Coding c =
          Coding.draft("T-1", "ana")
              .withScores(coherence(2))
              .withClassification(Classification.parse("F1"))
              .finalized();
      Coding copy =
          Coding.of(
              "T-1", "ana", coherence(2), Classification.parse("F1"), CodingStatus.FINAL, 1, null);
      assertThat(RULES.check(c)).hasSize(1);
      assertThat(c).isEqualTo(copy);
    }

    @Test
    void unclassifiedCodingHasNoWarnings() {
      Coding c = Coding.draft("T-1", "ana").withScores(coherence(2));
      assertThat(RULES.check(c)).isEmpty();
    }
  }
}
