package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProspectiveEarnedSecurityTest {

  private static final ProspectiveEarnedSecurity ANY = ProspectiveEarnedSecurity.ANY_CAREGIVER;

  private static InfantClassification infant(String category, Parent caregiver) {
    return new InfantClassification(InfantCategory.fromCode(category), caregiver, 12);
  }

  private static Optional<Classification> adult(String notation) {
    return Optional.of(Classification.parse(notation));
  }

  @Nested
  class Flag {
    @ParameterizedTest
    @CsvSource({
      "A, F1, EARNED",
      "C, F3b, EARNED",
      "D, U/F2, EARNED",
      "B, F1, CONTINUOUS",
      "A, Ds1, NOT_SECURE",
      "B, E2, NOT_SECURE",
      "D, U/Ds3, NOT_SECURE"
    })
    void insecureInfantThenAdultFIsProspectivelyEarned(
        String infant, String adultClass, ProspectiveStatus expected) {
      ProspectiveResult r = ANY.evaluate(adult(adultClass), List.of(infant(infant, Parent.MOTHER)));
      assertThat(r.status()).isEqualTo(expected);
      assertThat(r.isEarned()).isEqualTo(expected == ProspectiveStatus.EARNED);
    }

    @Test
    void anyInsecureCaregiverCountsByDefault() {
      ProspectiveResult r =
          ANY.evaluate(
              adult("F1"), List.of(infant("B", Parent.MOTHER), infant("C", Parent.FATHER)));
      assertThat(r.status()).isEqualTo(ProspectiveStatus.EARNED);
      assertThat(r.reasons()).anyMatch(s -> s.contains("infant C with father"));
    }

    @Test
    void perCaregiverRuleLooksOnlyAtThatCaregiver() {
      List<InfantClassification> data =
          List.of(infant("B", Parent.MOTHER), infant("C", Parent.FATHER));
      ProspectiveEarnedSecurity mother = ProspectiveEarnedSecurity.forCaregiver(Parent.MOTHER);
      assertThat(mother.evaluate(adult("F1"), data).status())
          .isEqualTo(ProspectiveStatus.CONTINUOUS);
      assertThat(mother.evaluate(adult("F1"), List.of(infant("A", Parent.FATHER))).status())
          .isEqualTo(ProspectiveStatus.NO_INFANT_DATA);
      assertThat(mother.parameters()).containsEntry("CAREGIVER", "MOTHER");
      assertThat(mother.id()).isEqualTo("prospective-mother");
    }

    @Test
    void needsInfantDataAndAdultClassification() {
      assertThat(ANY.evaluate(adult("F1"), List.of()).status())
          .isEqualTo(ProspectiveStatus.NO_INFANT_DATA);
      assertThat(ANY.evaluate(Optional.empty(), List.of(infant("A", Parent.MOTHER))).status())
          .isEqualTo(ProspectiveStatus.NO_ADULT_CLASSIFICATION);
    }

    @Test
    void isIndependentOfTheRetrospectiveExperienceScales() {
      // Loving mother and father (continuous retrospectively) yet an avoidant infant.
      ScaleScores.Builder b = ScaleScores.builder();
      for (Parent p : EarnedSecurityRule.PARENTS) {
        b.score(AaiScale.LOVING, p, 7);
        for (AaiScale s : AaiScale.negativeExperience()) {
          b.score(s, p, 1);
        }
      }
      Coding coding =
          Coding.draft("T-3", "ana")
              .withScores(b.build())
              .withClassification(Classification.parse("F1"))
              .finalized();
      List<InfantClassification> data = List.of(infant("A", Parent.MOTHER));
      assertThat(EarnedSecurityRule.DEFAULT.evaluate(coding).status())
          .isEqualTo(EarnedStatus.CONTINUOUS);
      assertThat(ANY.evaluate(coding, data).status()).isEqualTo(ProspectiveStatus.EARNED);
    }
  }

  @Nested
  class InfantData {
    @Test
    void rejectsImpossibleAge() {
      assertThatThrownBy(() -> new InfantClassification(InfantCategory.A, Parent.MOTHER, 0))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("ageMonths");
      assertThatThrownBy(() -> new InfantClassification(InfantCategory.A, Parent.MOTHER, 200))
          .hasMessageContaining("ageMonths");
    }

    @Test
    void rejectsUnknownCategoryAndMissingCaregiver() {
      assertThatThrownBy(() -> InfantCategory.fromCode("E")).hasMessageContaining("A, B, C or D");
      assertThatThrownBy(() -> new InfantClassification(InfantCategory.B, null, 12))
          .hasMessageContaining("caregiver");
    }

    @Test
    void onlyBIsSecure() {
      assertThat(List.of(InfantCategory.values()))
          .filteredOn(InfantCategory::isInsecure)
          .containsExactly(InfantCategory.A, InfantCategory.C, InfantCategory.D);
    }
  }
}
