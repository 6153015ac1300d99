package org.securebase.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.securebase.core.calibration.CalibrationFixture.FIXTURE;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {

  @Test
  void spearmanAndBonettWrightIntervalMatchRForEveryIndicatorAndScale() {
    for (String indicator : CalibrationFixture.INDICATORS) {
      for (String scale : CalibrationFixture.SCALES) {
        FeatureScaleCorrelation c =
            RankCorrelation.spearman(
                indicator,
                scale,
                FIXTURE.numbers(indicator),
                FIXTURE.numbers(scale + "_coder1"),
                0.95);
        String key = indicator + "~" + scale;
        assertThat(c.n()).isEqualTo(30);
        assertThat(c.rho().orElseThrow())
            .as(key)
            .isCloseTo(FIXTURE.value("spearman", key, "rho"), within(1e-6));
        assertThat(c.interval().orElseThrow().lower())
            .as(key)
            .isCloseTo(FIXTURE.value("spearman", key, "bw_lower"), within(1e-6));
        assertThat(c.interval().orElseThrow().upper())
            .as(key)
            .isCloseTo(FIXTURE.value("spearman", key, "bw_upper"), within(1e-6));
        assertThat(c.interval().orElseThrow().method()).contains("Bonett-Wright");
      }
    }
  }

  @Test
  void unscoredScaleValuesDropOnlyTheirPairs() {
    double[] rates = {1, 2, 3, 4, 5, 6};
    double[] scores = {2, Double.NaN, 3, 5, 4, 6};

    FeatureScaleCorrelation c = RankCorrelation.spearman("r", "s", rates, scores, 0.95);

    assertThat(c.n()).isEqualTo(5);
    // Ranks of the remaining scores 2,3,5,4,6 against 1..5: rho = 1 - 6*2/(5*24) = 0.9.
    assertThat(c.rho().orElseThrow()).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void constantScaleGivesNoCorrelation() {
    FeatureScaleCorrelation c =
        RankCorrelation.spearman("r", "s", new double[] {1, 2, 3, 4, 5}, new double[5], 0.95);

    assertThat(c.rho()).isEmpty();
    assertThat(c.interval()).isEmpty();
  }
}
