package org.securebase.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReliableChangeTest {

  private static final ScoreSpread SD_110 = new ScoreSpread(1.10, "worked example, measures.md");
  private static final Reliability R_90 =
      Reliability.of(Reliability.Kind.TEST_RETEST, 0.90, "worked example, measures.md");

  // Made-up norms for testing the formulas only; no real instrument carries them.
  private static final Norm FUNCTIONAL =
      new Norm(Norm.Kind.FUNCTIONAL, "test community", 3.0, 1.0, null, "test fixture");
  private static final Norm DYSFUNCTIONAL =
      new Norm(Norm.Kind.DYSFUNCTIONAL, "test clinic", 5.0, 1.5, null, "test fixture");

  @Nested
  class WorkedExample {

    @Test
    void pinsTheStandardErrorsAndTheMinimumReliableDifference() {
      // SE_m = 1.10 * sqrt(0.10) = 0.347851; S_diff = sqrt(2) * SE_m = 0.491935;
      // 1.96 * S_diff = 0.964193.
      ReliableChangeResult result =
          ReliableChange.assess(4.0, 3.0, Direction.LOWER_IS_BETTER, SD_110, R_90, null);
      assertThat(result.standardErrorOfMeasurement()).isCloseTo(0.347851, within(1e-6));
      assertThat(result.standardErrorOfDifference()).isCloseTo(0.491935, within(1e-6));
      assertThat(result.minimumReliableDifference()).isCloseTo(0.964193, within(1e-6));
      assertThat(ReliableChange.minimumReliableDifference(SD_110, R_90))
          .isCloseTo(0.964193, within(1e-6));
    }

    @Test
    void countsAChangeJustAboveTheMinimumAsReliable() {
      ReliableChangeResult result =
          ReliableChange.assess(4.50, 3.53, Direction.LOWER_IS_BETTER, SD_110, R_90, null);
      assertThat(result.rci()).isCloseTo(-0.97 / 0.491935, within(1e-4));
      assertThat(result.reliable()).isTrue();
      assertThat(result.category()).isEqualTo(ChangeCategory.IMPROVED);
    }

    @Test
    void doesNotCountAChangeOfExactlyPointNineSixAsReliable() {
      // 0.96 rounds the minimum (0.964); RCI = 0.96 / 0.4919 = 1.951, below 1.96.
      ReliableChangeResult result =
          ReliableChange.assess(4.50, 3.54, Direction.LOWER_IS_BETTER, SD_110, R_90, null);
      assertThat(result.rci()).isCloseTo(-1.9515, within(1e-4));
      assertThat(result.reliable()).isFalse();
      assertThat(result.category()).isEqualTo(ChangeCategory.UNCHANGED);
    }
  }

  @Nested
  class CutOffs {

    @Test
    void computesCutOffAFromTheDysfunctionalNorm() {
      assertThat(ClinicalCutOff.a(DYSFUNCTIONAL, Direction.LOWER_IS_BETTER).value())
          .isCloseTo(2.0, within(1e-12)); // 5.0 - 2 * 1.5
      assertThat(ClinicalCutOff.a(DYSFUNCTIONAL, Direction.HIGHER_IS_BETTER).value())
          .isCloseTo(8.0, within(1e-12)); // 5.0 + 2 * 1.5
    }

    @Test
    void computesCutOffBFromTheFunctionalNorm() {
      assertThat(ClinicalCutOff.b(FUNCTIONAL, Direction.LOWER_IS_BETTER).value())
          .isCloseTo(5.0, within(1e-12)); // 3.0 + 2 * 1.0
      assertThat(ClinicalCutOff.b(FUNCTIONAL, Direction.HIGHER_IS_BETTER).value())
          .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void computesCutOffCBetweenTheMeansWeightedBySds() {
      // (1.0 * 5.0 + 1.5 * 3.0) / (1.0 + 1.5) = 9.5 / 2.5 = 3.8
      ClinicalCutOff c = ClinicalCutOff.c(FUNCTIONAL, DYSFUNCTIONAL, Direction.LOWER_IS_BETTER);
      assertThat(c.value()).isCloseTo(3.8, within(1e-12));
      assertThat(c.basis()).contains("test community").contains("test clinic");
    }

    @Test
    void prefersCWhenBothNormsExistAndOffersNoneWithoutNorms() {
      assertThat(
              ClinicalCutOff.preferred(
                  List.of(FUNCTIONAL, DYSFUNCTIONAL), Direction.LOWER_IS_BETTER))
          .map(ClinicalCutOff::kind)
          .contains(ClinicalCutOff.Kind.C);
      assertThat(ClinicalCutOff.preferred(List.of(DYSFUNCTIONAL), Direction.LOWER_IS_BETTER))
          .map(ClinicalCutOff::kind)
          .contains(ClinicalCutOff.Kind.A);
      assertThat(ClinicalCutOff.preferred(List.of(FUNCTIONAL), Direction.LOWER_IS_BETTER))
          .map(ClinicalCutOff::kind)
          .contains(ClinicalCutOff.Kind.B);
      assertThat(ClinicalCutOff.preferred(List.of(), Direction.LOWER_IS_BETTER)).isEmpty();
      assertThat(ClinicalCutOff.preferred(List.of(FUNCTIONAL), Direction.NONE)).isEmpty();
    }

    @Test
    void refusesANormWithoutACitation() {
      assertThatThrownBy(() -> new Norm(Norm.Kind.FUNCTIONAL, "x", 3, 1, null, " "))
          .hasMessageContaining("citation");
    }
  }

  @Nested
  class Categories {

    private final ClinicalCutOff c =
        ClinicalCutOff.c(FUNCTIONAL, DYSFUNCTIONAL, Direction.LOWER_IS_BETTER); // 3.8

    @Test
    void recoveredWhenReliablyBetterAndAcrossTheCutOff() {
      ReliableChangeResult result =
          ReliableChange.assess(5.0, 3.5, Direction.LOWER_IS_BETTER, SD_110, R_90, c);
      assertThat(result.category()).isEqualTo(ChangeCategory.RECOVERED);
      assertThat(result.cutOff()).isEqualTo(c);
    }

    @Test
    void improvedWhenReliablyBetterButStillOnTheDysfunctionalSide() {
      ReliableChangeResult result =
          ReliableChange.assess(6.0, 4.5, Direction.LOWER_IS_BETTER, SD_110, R_90, c);
      assertThat(result.category()).isEqualTo(ChangeCategory.IMPROVED);
    }

    @Test
    void deterioratedWhenReliablyWorse() {
      ReliableChangeResult result =
          ReliableChange.assess(3.0, 4.5, Direction.LOWER_IS_BETTER, SD_110, R_90, c);
      assertThat(result.category()).isEqualTo(ChangeCategory.DETERIORATED);
    }

    @Test
    void followsTheSubscaleDirectionWhenHigherIsBetter() {
      ReliableChangeResult result =
          ReliableChange.assess(1.0, 2.5, Direction.HIGHER_IS_BETTER, SD_110, R_90, null);
      assertThat(result.category()).isEqualTo(ChangeCategory.IMPROVED);
    }

    @Test
    void neverCallsChangeBetterOrWorseOnADirectionlessSubscale() {
      ReliableChangeResult result =
          ReliableChange.assess(1.0, 2.5, Direction.NONE, SD_110, R_90, null);
      assertThat(result.category()).isEqualTo(ChangeCategory.RELIABLY_CHANGED);
    }

    @Test
    void recordsWhichReliabilityAndSdProducedTheResult() {
      Reliability alpha = Reliability.of(Reliability.Kind.ALPHA, 0.93, "clinic sample 2026");
      ScoreSpread baseline = new ScoreSpread(1.2, "baseline SD of clinic sample, n = 40");
      ReliableChangeResult result =
          ReliableChange.assess(5.0, 4.0, Direction.LOWER_IS_BETTER, baseline, alpha, null);
      assertThat(result.reliability()).isEqualTo(alpha);
      assertThat(result.spread()).isEqualTo(baseline);
      assertThat(result.cutOff()).isNull();
    }
  }

  @Nested
  class BetweenScores {

    private final Subscale anxiety =
        InstrumentCatalog.builtIn().get("ecr-r", "1.0").subscale("anxiety").orElseThrow();

    @Test
    void takesTheDirectionFromTheSubscale() {
      Score pre = new Score("ecr-r", "1.0", "anxiety", null, 5.0, 18, 18);
      Score post = new Score("ecr-r", "1.0", "anxiety", null, 3.5, 18, 18);
      ReliableChangeResult result = ReliableChange.between(pre, post, anxiety, SD_110, R_90, null);
      assertThat(result.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
      assertThat(result.category()).isEqualTo(ChangeCategory.IMPROVED);
    }

    @Test
    void refusesAMissingScore() {
      Score pre = new Score("ecr-r", "1.0", "anxiety", null, null, 10, 18);
      Score post = new Score("ecr-r", "1.0", "anxiety", null, 3.5, 18, 18);
      assertThatThrownBy(() -> ReliableChange.between(pre, post, anxiety, SD_110, R_90, null))
          .hasMessageContaining("missing");
    }

    @Test
    void refusesScoresFromDifferentDefinitionVersions() {
      Score pre = new Score("ecr-r", "0.9", "anxiety", null, 5.0, 18, 18);
      Score post = new Score("ecr-r", "1.0", "anxiety", null, 3.5, 18, 18);
      assertThatThrownBy(() -> ReliableChange.between(pre, post, anxiety, SD_110, R_90, null))
          .hasMessageContaining("different instruments or definition versions");
    }
  }
}
