package org.securebase.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntraclassCorrelationTest {

  private static final double TOLERANCE = 1e-6;
  private static final ReferenceFixture FIXTURE = ReferenceFixture.load();

  static double[][] scale(String name) {
    double[] first = FIXTURE.numbers(name + "_coder1");
    double[] second = FIXTURE.numbers(name + "_coder2");
    double[][] matrix = new double[first.length][];
    for (int i = 0; i < first.length; i++) {
      matrix[i] = new double[] {first[i], second[i]};
    }
    return matrix;
  }

  private static void assertMatchesPsych(IccReport report, String subject) {
    assertThat(report.estimates()).hasSize(6);
    for (IccForm form : IccForm.values()) {
      IccEstimate e = report.get(form);
      String t = form.psychType();
      assertThat(e.form()).isEqualTo(form);
      assertThat(e.value())
          .as("%s %s value", subject, t)
          .isCloseTo(FIXTURE.value("icc", subject, t + ".value"), within(TOLERANCE));
      assertThat(e.f())
          .as("%s %s F", subject, t)
          .isCloseTo(FIXTURE.value("icc", subject, t + ".F"), within(TOLERANCE));
      assertThat(e.df1()).isEqualTo(FIXTURE.value("icc", subject, t + ".df1"));
      assertThat(e.df2()).isEqualTo(FIXTURE.value("icc", subject, t + ".df2"));
      assertThat(e.p())
          .as("%s %s p", subject, t)
          .isCloseTo(FIXTURE.value("icc", subject, t + ".p"), within(TOLERANCE));
      assertThat(e.interval().lower())
          .as("%s %s lower", subject, t)
          .isCloseTo(FIXTURE.value("icc", subject, t + ".lower"), within(TOLERANCE));
      assertThat(e.interval().upper())
          .as("%s %s upper", subject, t)
          .isCloseTo(FIXTURE.value("icc", subject, t + ".upper"), within(TOLERANCE));
    }
  }

  @Nested
  class AgreesWithRPsych {

    @ParameterizedTest
    @ValueSource(
        strings = {"coherence_of_mind", "unresolved_loss", "loving_mother", "idealization_mother"})
    void allSixFormsMatchForEachCodedScale(String scale) {
      assertMatchesPsych(IntraclassCorrelation.of(scale(scale)), scale);
    }

    @Test
    void allSixFormsMatchOnShroutAndFleissSixTargetsByFourJudges() {
      IccReport report = IntraclassCorrelation.of(FIXTURE.shroutFleiss());

      assertMatchesPsych(report, "shrout_fleiss");
      // The values printed in Shrout & Fleiss (1979), Table 4, to two decimals.
      assertThat(report.get(IccForm.ICC1).value()).isCloseTo(0.17, within(0.005));
      assertThat(report.get(IccForm.ICC2).value()).isCloseTo(0.29, within(0.005));
      assertThat(report.get(IccForm.ICC3).value()).isCloseTo(0.71, within(0.005));
    }
  }

  @Nested
  class Reports {

    @Test
    void defaultFormIsTwoWayRandomAbsoluteAgreementSingleRater() {
      IccReport report = IntraclassCorrelation.of(FIXTURE.shroutFleiss());

      assertThat(report.preferred().form()).isEqualTo(IccForm.ICC2);
      assertThat(IccForm.DEFAULT.description())
          .isEqualTo("two-way random, absolute agreement, single rater");
      assertThat(report.subjects()).isEqualTo(6);
      assertThat(report.raters()).isEqualTo(4);
    }

    @Test
    void everyEstimateNamesItsFormAndMethod() {
      IccReport report = IntraclassCorrelation.of(scale("coherence_of_mind"));

      assertThat(report.estimates())
          .extracting(IccEstimate::form)
          .containsExactly(IccForm.values());
      assertThat(report.method()).contains("Shrout & Fleiss").contains("psych::ICC");
      assertThat(report.estimates())
          .allSatisfy(e -> assertThat(e.interval().contains(e.value())).isTrue());
    }
  }

  @Nested
  class ExactAgreement {

    @Test
    void identicalRatersGiveOneWithIntervalAtOneForEveryForm() {
      double[][] ratings = {{1, 1}, {2, 2}, {3, 3}, {5, 5}};

      IccReport report = IntraclassCorrelation.of(ratings);

      assertThat(report.estimates())
          .allSatisfy(
              e -> {
                assertThat(e.value()).isCloseTo(1.0, within(1e-9));
                assertThat(e.interval().lower()).isCloseTo(1.0, within(1e-6));
                assertThat(e.interval().upper()).isCloseTo(1.0, within(1e-6));
              });
    }

    @Test
    void constantRaterOffsetIsPerfectConsistencyButNotPerfectAgreement() {
      double[][] ratings = {{1, 2}, {2, 3}, {3, 4}, {5, 6}};

      IccReport report = IntraclassCorrelation.of(ratings);

      assertThat(report.get(IccForm.ICC3).value()).isCloseTo(1.0, within(1e-9));
      assertThat(report.get(IccForm.ICC2).value()).isLessThan(0.95);
      assertThat(report.get(IccForm.ICC2).interval().lower()).isFinite();
    }
  }

  @Nested
  class RejectsBadInput {

    @Test
    void rejectsMissingRatingNamingSubjectAndRater() {
      double[][] ratings = {{5, 5.5}, {3, Double.NaN}, {7, 6.5}};

      assertThatThrownBy(() -> IntraclassCorrelation.of(ratings))
          .isInstanceOf(ReliabilityInputException.class)
          .hasMessageContaining("missing rating for subject row 1, rater column 1");
    }

    @Test
    void rejectsRaggedRows() {
      double[][] ratings = {{5, 5.5}, {3}, {7, 6.5}};

      assertThatThrownBy(() -> IntraclassCorrelation.of(ratings))
          .isInstanceOf(ReliabilityInputException.class)
          .hasMessageContaining("subject row 1 has 1 ratings; expected 2");
    }

    @Test
    void rejectsSingleRater() {
      double[][] ratings = {{5}, {3}, {7}};

      assertThatThrownBy(() -> IntraclassCorrelation.of(ratings))
          .isInstanceOf(ReliabilityInputException.class)
          .hasMessageContaining("at least 2 raters");
    }

    @Test
    void rejectsIdenticalRatingsEverywhere() {
      double[][] ratings = {{5, 5}, {5, 5}};

      assertThatThrownBy(() -> IntraclassCorrelation.of(ratings))
          .isInstanceOf(ReliabilityInputException.class)
          .hasMessageContaining("every rating is identical");
    }
  }
}
