package org.securebase.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.securebase.core.calibration.CalibrationFixture.FIXTURE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaUnderCurveTest {

  @ParameterizedTest
  @ValueSource(strings = {"rate_self_correction", "rate_vague_reference"})
  void matchesWilcoxonStatisticOverProductOfClassSizesInR(String rate) {
    List<Boolean> secure = CalibrationFixture.secure();
    boolean[] positive = new boolean[secure.size()];
    for (int i = 0; i < positive.length; i++) {
      positive[i] = secure.get(i);
    }

    assertThat(AreaUnderCurve.mannWhitney(FIXTURE.numbers(rate), positive))
        .isCloseTo(FIXTURE.value("auc", rate, "auc"), within(1e-9));
  }

  @Test
  void countsTiesAsOneHalf() {
    // Pairs (positive, negative): (0.4 vs 0.4) tie = 0.5, (0.4 vs 0.1) = 1, (0.9 vs both) = 2.
    double auc =
        AreaUnderCurve.mannWhitney(
            new double[] {0.4, 0.9, 0.4, 0.1}, new boolean[] {true, true, false, false});

    assertThat(auc).isEqualTo(3.5 / 4);
  }

  @Test
  void perfectlyReversedScoresGiveZero() {
    double auc =
        AreaUnderCurve.mannWhitney(
            new double[] {1, 2, 3, 4}, new boolean[] {true, true, false, false});

    assertThat(auc).isZero();
  }

  @Test
  void rejectsASingleClass() {
    assertThatThrownBy(
            () -> AreaUnderCurve.mannWhitney(new double[] {1, 2}, new boolean[] {true, true}))
        .isInstanceOf(CalibrationInputException.class);
  }
}
