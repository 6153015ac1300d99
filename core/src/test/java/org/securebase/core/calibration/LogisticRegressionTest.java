package org.securebase.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.securebase.core.calibration.CalibrationFixture.FIXTURE;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void maximumLikelihoodFitMatchesRGlmBinomial() {
    double[][] x =
        CalibrationFixture.columns(List.of("rate_self_correction", "rate_vague_reference"), "");
    int[] y = CalibrationFixture.secure().stream().mapToInt(s -> s ? 1 : 0).toArray();

    LogisticModel model = LogisticRegression.fit(x, y, 0);

    double[] b = model.coefficients();
    assertThat(b[0]).isCloseTo(FIXTURE.value("glm", "(Intercept)", "coefficient"), within(1e-6));
    assertThat(b[1])
        .isCloseTo(FIXTURE.value("glm", "rate_self_correction", "coefficient"), within(1e-6));
    assertThat(b[2])
        .isCloseTo(FIXTURE.value("glm", "rate_vague_reference", "coefficient"), within(1e-6));
    assertThat(model.deviance()).isCloseTo(FIXTURE.value("glm", "model", "deviance"), within(1e-6));
  }

  @Test
  void ridgeKeepsSeparableDataFinite() {
    double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
    int[] y = {0, 0, 0, 1, 1, 1};

    LogisticModel model = LogisticRegression.fit(x, y, 0.5);

    assertThat(model.coefficients()[1]).isPositive().isLessThan(100);
    assertThat(model.probability(new double[] {6})).isGreaterThan(0.5);
    assertThat(model.probability(new double[] {1})).isLessThan(0.5);
  }

  @Test
  void ridgeShrinksTheSlopeTowardZero() {
    double[][] x =
        CalibrationFixture.columns(List.of("rate_self_correction", "rate_vague_reference"), "");
    int[] y = CalibrationFixture.secure().stream().mapToInt(s -> s ? 1 : 0).toArray();

    double free = Math.abs(LogisticRegression.fit(x, y, 0).coefficients()[1]);
    double shrunk = Math.abs(LogisticRegression.fit(x, y, 10).coefficients()[1]);

    assertThat(shrunk).isLessThan(free);
  }

  @Test
  void rejectsSeparableDataWithoutRidge() {
    double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
    int[] y = {0, 0, 0, 1, 1, 1};

    assertThatThrownBy(() -> LogisticRegression.fit(x, y, 0))
        .isInstanceOf(CalibrationInputException.class)
        .hasMessageContaining("ridge");
  }

  @Test
  void rejectsOutcomeOtherThanZeroOrOne() {
    assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}, {2}}, new int[] {0, 2}, 0))
        .isInstanceOf(CalibrationInputException.class)
        .hasMessageContaining("outcome of row 1");
  }
}
