package org.securebase.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.core.reliability.ReliabilityBenchmark;

class CalibrationTest {

  @Nested
  class MinimumSample {

    @Test
    void saysTooFewInsteadOfNumbersBelowTheOverallMinimum() {
      CalibrationOutcome outcome = Calibration.run(CalibrationFixture.firstTranscripts(19));

      assertThat(outcome).isInstanceOf(TooFewCodedTranscripts.class);
      TooFewCodedTranscripts tooFew = (TooFewCodedTranscripts) outcome;
      assertThat(tooFew.transcripts()).isEqualTo(19);
      assertThat(tooFew.secure() + tooFew.insecure()).isEqualTo(19);
      assertThat(tooFew.message())
          .contains("19 coded")
          .contains(tooFew.secure() + " secure")
          .contains("at least 20");
    }

    @Test
    void saysTooFewWhenOneClassIsBelowItsMinimum() {
      CalibrationStudy study = CalibrationFixture.study();
      CalibrationPolicy strict = new CalibrationPolicy(20, 14, 5, 1L, 1.0, 0.95);

      CalibrationOutcome outcome = Calibration.run(study, strict);

      assertThat(outcome).isInstanceOf(TooFewCodedTranscripts.class);
      assertThat(outcome.secure()).isEqualTo(12);
      assertThat(outcome.insecure()).isEqualTo(18);
      assertThat(((TooFewCodedTranscripts) outcome).message()).contains("12 secure, 18 insecure");
    }

    @Test
    void rejectsAPolicyWhoseMinimumCannotFillEveryFold() {
      assertThatThrownBy(() -> new CalibrationPolicy(4, 2, 5, 1L, 1.0, 0.95))
          .isInstanceOf(CalibrationInputException.class)
          .hasMessageContaining("minimumTranscripts");
    }
  }

  @Nested
  class FullReport {

    private final CalibrationReport report =
        (CalibrationReport) Calibration.run(CalibrationFixture.study());

    @Test
    void correlatesEveryIndicatorWithEveryScale() {
      assertThat(report.correlations()).hasSize(16);
      FeatureScaleCorrelation c = report.correlation("rate_self_correction", "coherence_of_mind");
      assertThat(c.rho().orElseThrow())
          .isCloseTo(
              CalibrationFixture.FIXTURE.value(
                  "spearman", "rate_self_correction~coherence_of_mind", "rho"),
              within(1e-6));
    }

    @Test
    void predictsEveryTranscriptOutOfFoldAndScoresThePredictions() {
      CrossValidation cv = report.model();
      List<Boolean> secure = CalibrationFixture.secure();
      double[] probability = cv.outOfFoldProbability().stream().mapToDouble(d -> d).toArray();
      boolean[] actual = new boolean[secure.size()];
      int correct = 0;
      for (int i = 0; i < actual.length; i++) {
        actual[i] = secure.get(i);
        if ((probability[i] >= 0.5) == actual[i]) {
          correct++;
        }
      }

      assertThat(cv.outOfFoldProbability()).hasSize(30).allMatch(p -> p > 0 && p < 1);
      assertThat(cv.auc()).isEqualTo(AreaUnderCurve.mannWhitney(probability, actual));
      assertThat(cv.accuracy()).isEqualTo(correct / 30.0);
      assertThat(cv.agreementWithCoders().percentAgreement()).isEqualTo(cv.accuracy());
      assertThat(cv.agreementWithCoders().categories()).containsExactly("insecure", "secure");
      assertThat(cv.agreementWithCoders().kappa()).isPresent();
      assertThat(cv.benchmarks()).contains(ReliabilityBenchmark.AAI_TEST_RETEST);
      assertThat(cv.method()).contains("5-fold stratified").contains("ridge 1.0");
    }

    @Test
    void givesTheSameFiguresOnEveryRunWithTheSameSeed() {
      CalibrationReport again = (CalibrationReport) Calibration.run(CalibrationFixture.study());

      assertThat(again.model().outOfFoldProbability())
          .isEqualTo(report.model().outOfFoldProbability());
      assertThat(again.model().auc()).isEqualTo(report.model().auc());
    }
  }

  @Test
  void foldsAreStratifiedAndBalanced() {
    List<Boolean> secure = CalibrationFixture.secure();

    int secureCount = (int) secure.stream().filter(Boolean::booleanValue).count();

    int[] fold = Calibration.stratifiedFolds(secure, 5, 7L);

    for (int k = 0; k < 5; k++) {
      int size = 0;
      int positives = 0;
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] == k) {
          size++;
          positives += secure.get(i) ? 1 : 0;
        }
      }
      assertThat(size).isEqualTo(6);
      // Each class is dealt evenly: a fold holds floor or ceil of its share of the secure ones.
      assertThat(positives).isBetween(secureCount / 5, (secureCount + 4) / 5);
    }
  }

  @Test
  void separatesClassesWhenARateCarriesTheSignal() {
    Random random = new Random(11);
    List<String> ids = new ArrayList<>();
    List<Boolean> secure = new ArrayList<>();
    double[][] rates = new double[40][2];
    double[][] scales = new double[40][1];
    for (int i = 0; i < 40; i++) {
      ids.add("T" + i);
      boolean s = i % 2 == 0;
      secure.add(s);
      rates[i][0] = (s ? 6 : 2) + random.nextGaussian();
      rates[i][1] = random.nextGaussian();
      scales[i][0] = s ? 7 : 3;
    }
    Collections.shuffle(ids, random);
    CalibrationStudy study =
        new CalibrationStudy(
            ids, List.of("signal", "noise"), rates, List.of("coherence"), scales, secure);

    CalibrationReport report = (CalibrationReport) Calibration.run(study);

    assertThat(report.model().auc()).isGreaterThan(0.95);
    assertThat(report.model().agreementWithCoders().kappa().orElseThrow().estimate())
        .isGreaterThan(0.8);
    assertThat(report.correlation("signal", "coherence").rho().orElseThrow()).isGreaterThan(0.7);
  }

  @Nested
  class RejectsBadInput {

    @Test
    void rejectsMissingRateNamingTranscriptAndIndicator() {
      assertThatThrownBy(
              () ->
                  new CalibrationStudy(
                      List.of("T1", "T2"),
                      List.of("hedges"),
                      new double[][] {{1}, {Double.NaN}},
                      List.of(),
                      new double[][] {{}, {}},
                      List.of(true, false)))
          .isInstanceOf(CalibrationInputException.class)
          .hasMessageContaining("indicator hedges for transcript T2");
    }

    @Test
    void rejectsRowCountThatDiffersFromTranscripts() {
      assertThatThrownBy(
              () ->
                  new CalibrationStudy(
                      List.of("T1", "T2"),
                      List.of("hedges"),
                      new double[][] {{1}},
                      List.of(),
                      new double[][] {{}, {}},
                      List.of(true, false)))
          .isInstanceOf(CalibrationInputException.class)
          .hasMessageContaining("rates need one row per transcript");
    }
  }
}
