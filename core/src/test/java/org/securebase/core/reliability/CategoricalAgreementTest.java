package org.securebase.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoricalAgreementTest {

  private static final double TOLERANCE = 1e-6;
  private static final ReferenceFixture FIXTURE = ReferenceFixture.load();

  /**
   * The category mappings the reference script applies: 4-way puts U first when the coder marked
   * unresolved; 3-way keeps the organized class; 2-way is secure only for a 4-way F.
   */
  static List<String> labels(String mapping, int coder) {
    List<String> classes = FIXTURE.column("class_coder" + coder);
    List<String> unresolved = FIXTURE.column("unresolved_coder" + coder);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      String fourWay = Boolean.parseBoolean(unresolved.get(i).toLowerCase()) ? "U" : classes.get(i);
      out.add(
          switch (mapping) {
            case "2-way" -> fourWay.equals("F") ? "secure" : "insecure";
            case "3-way" -> classes.get(i);
            case "4-way" -> fourWay;
            default -> throw new IllegalArgumentException(mapping);
          });
    }
    return out;
  }

  @Nested
  class AgreesWithRPsych {

    @ParameterizedTest
    @ValueSource(strings = {"2-way", "3-way", "4-way"})
    void kappaEstimateAndIntervalMatchCohenKappa(String mapping) {
      AgreementResult result = CategoricalAgreement.of(labels(mapping, 1), labels(mapping, 2));

      KappaEstimate kappa = result.kappa().orElseThrow();
      assertThat(kappa.estimate())
          .isCloseTo(FIXTURE.value("kappa", mapping, "kappa"), within(TOLERANCE));
      assertThat(kappa.variance())
          .isCloseTo(FIXTURE.value("kappa", mapping, "variance"), within(TOLERANCE));
      assertThat(kappa.interval().lower())
          .isCloseTo(FIXTURE.value("kappa", mapping, "lower"), within(TOLERANCE));
      assertThat(kappa.interval().upper())
          .isCloseTo(FIXTURE.value("kappa", mapping, "upper"), within(TOLERANCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2-way", "3-way", "4-way"})
    void percentAgreementAndWilsonIntervalMatchPropTest(String mapping) {
      AgreementResult result = CategoricalAgreement.of(labels(mapping, 1), labels(mapping, 2));

      assertThat(result.n()).isEqualTo((int) FIXTURE.value("kappa", mapping, "n"));
      assertThat(result.agreements())
          .isEqualTo((int) FIXTURE.value("kappa", mapping, "agreements"));
      assertThat(result.percentAgreement())
          .isEqualTo(FIXTURE.value("kappa", mapping, "agreements") / result.n());
      assertThat(result.percentAgreementInterval().lower())
          .isCloseTo(FIXTURE.value("agreement", mapping, "wilson_lower"), within(TOLERANCE));
      assertThat(result.percentAgreementInterval().upper())
          .isCloseTo(FIXTURE.value("agreement", mapping, "wilson_upper"), within(TOLERANCE));
      assertThat(result.percentAgreementInterval().method()).isEqualTo("Wilson score");
    }
  }

  @Nested
  class Reports {

    @Test
    void crossTableCountsEveryPairOnce() {
      AgreementResult result =
          CategoricalAgreement.of(List.of("F", "F", "Ds", "E"), List.of("F", "Ds", "Ds", "F"));

      assertThat(result.categories()).containsExactly("Ds", "E", "F");
      assertThat(result.crossTable())
          .containsExactly(List.of(1, 0, 0), List.of(0, 0, 1), List.of(1, 0, 1));
      assertThat(result.agreements()).isEqualTo(2);
    }

    @Test
    void declaredCategoriesAppearEvenWhenUnusedWithoutChangingKappa() {
      List<String> a = List.of("F", "F", "Ds", "E", "F", "Ds");
      List<String> b = List.of("F", "Ds", "Ds", "E", "F", "E");

      AgreementResult plain = CategoricalAgreement.of(a, b);
      AgreementResult declared = CategoricalAgreement.of(a, b, Set.of("U"), 0.95);

      assertThat(declared.categories()).containsExactly("Ds", "E", "F", "U");
      assertThat(declared.kappa().orElseThrow().estimate())
          .isCloseTo(plain.kappa().orElseThrow().estimate(), within(1e-12));
    }

    @Test
    void carriesTheHumanBenchmarksBesideTheFigures() {
      AgreementResult result = CategoricalAgreement.of(List.of("F", "Ds"), List.of("F", "E"));

      assertThat(result.benchmarks())
          .extracting(ReliabilityBenchmark::percentAgreement)
          .containsExactly(0.78, 0.80);
      assertThat(result.benchmarks().get(0).kappa()).hasValue(0.63);
      assertThat(result.benchmarks().get(0).source()).contains("Bakermans-Kranenburg");
      assertThat(result.method()).contains("Wilson").contains("psych::cohen.kappa");
    }

    @Test
    void perfectAgreementOverSeveralCategoriesGivesKappaOne() {
      List<String> labels = List.of("F", "Ds", "E", "F", "Ds");

      KappaEstimate kappa = CategoricalAgreement.of(labels, labels).kappa().orElseThrow();

      assertThat(kappa.estimate()).isEqualTo(1.0);
      assertThat(kappa.interval().upper()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void kappaIsAbsentWhenBothRatersUsedOneCategoryThroughout() {
      AgreementResult result =
          CategoricalAgreement.of(List.of("F", "F", "F"), List.of("F", "F", "F"));

      assertThat(result.kappa()).isEmpty();
      assertThat(result.percentAgreement()).isEqualTo(1.0);
    }

    @Test
    void intervalBoundsAreClippedToMinusOneAndOne() {
      // Two items, complete disagreement: the normal interval runs far below -1.
      KappaEstimate kappa =
          CategoricalAgreement.of(List.of("F", "Ds"), List.of("Ds", "F")).kappa().orElseThrow();

      assertThat(kappa.estimate()).isEqualTo(-1.0);
      assertThat(kappa.interval().lower()).isGreaterThanOrEqualTo(-1.0);
    }
  }

  @Nested
  class RejectsBadInput {

    @Test
    void rejectsListsOfDifferentLength() {
      assertThatThrownBy(() -> CategoricalAgreement.of(List.of("F", "E"), List.of("F")))
          .isInstanceOf(ReliabilityInputException.class)
          .hasMessageContaining("first 2, second 1");
    }

    @Test
    void rejectsEmptyLists() {
      assertThatThrownBy(() -> CategoricalAgreement.of(List.of(), List.of()))
          .isInstanceOf(ReliabilityInputException.class)
          .hasMessageContaining("no paired labels");
    }

    @Test
    void rejectsBlankLabelNamingTheItem() {
      assertThatThrownBy(() -> CategoricalAgreement.of(List.of("F", "E"), List.of("F", " ")))
          .isInstanceOf(ReliabilityInputException.class)
          .hasMessageContaining("second rater's label at item 1");
    }
  }
}
