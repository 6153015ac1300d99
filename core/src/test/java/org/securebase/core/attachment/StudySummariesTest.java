package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The study-level tables on the hand-made fixture; expected counts are worked out in the file. */
class StudySummariesTest {

  private static final List<StudyParticipant> STUDY =
      StudyFixture.load("/attachment/study-earned.txt");

  @Nested
  class SensitivityTable {
    private final EarnedSecuritySensitivityTable table = EarnedSecuritySensitivityTable.of(STUDY);

    @Test
    void countsEachPublishedVariantSideBySide() {
      assertThat(table.participants()).isEqualTo(10);
      assertThat(table.withoutCoding()).isEqualTo(1);
      assertThat(table.rows())
          .extracting(
              EarnedSecuritySensitivityTable.Row::ruleId,
              EarnedSecuritySensitivityTable.Row::earned,
              EarnedSecuritySensitivityTable.Row::continuous,
              EarnedSecuritySensitivityTable.Row::undetermined,
              EarnedSecuritySensitivityTable.Row::notSecure)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("retro-loving-le2-neg5", 3, 3, 1, 2),
              org.assertj.core.groups.Tuple.tuple("retro-loving-le2", 2, 4, 1, 2),
              org.assertj.core.groups.Tuple.tuple("retro-loving-le3-neg5", 4, 2, 1, 2),
              org.assertj.core.groups.Tuple.tuple("retro-loving-le3", 3, 3, 1, 2),
              org.assertj.core.groups.Tuple.tuple("retro-loving-lt5-neg5", 5, 1, 1, 2),
              org.assertj.core.groups.Tuple.tuple("retro-loving-lt5", 4, 2, 1, 2));
    }

    @Test
    void sharesUseParticipantsWithAFinalCoding() {
      EarnedSecuritySensitivityTable.Row def = table.rows().get(2);
      assertThat(def.n()).isEqualTo(9);
      assertThat(def.earnedShare()).hasValue(4.0 / 9);
      assertThat(def.continuousShare()).hasValue(2.0 / 9);
      assertThat(def.earnedShareOfDeterminedSecure()).hasValue(4.0 / 6);
      assertThat(def.parameters()).containsEntry("LOVING_CUT", "3");
    }

    @Test
    void emptyStudyHasNoShare() {
      EarnedSecuritySensitivityTable empty = EarnedSecuritySensitivityTable.of(List.of());
      assertThat(empty.rows()).hasSize(6).allSatisfy(r -> assertThat(r.earnedShare()).isEmpty());
    }

    @Test
    void refusesDraftCodingsAndDuplicateParticipants() {
      Coding draft = Coding.draft("T-1", "ana");
      assertThatThrownBy(() -> new StudyParticipant("P1", draft, List.of()))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("P1")
          .hasMessageContaining("draft");
      StudyParticipant p = new StudyParticipant("P1", null, List.of());
      assertThatThrownBy(() -> EarnedSecuritySensitivityTable.of(List.of(p, p)))
          .hasMessageContaining("P1 appears twice");
    }
  }

  @Nested
  class Overlap {
    @Test
    void crossesRetrospectiveAndProspectiveFlags() {
      RetrospectiveProspectiveOverlap o = RetrospectiveProspectiveOverlap.of(STUDY);
      assertThat(o.cell(true, true)).isEqualTo(2); // P01, P05
      assertThat(o.cell(true, false)).isEqualTo(2); // P02, P04
      assertThat(o.cell(false, true)).isEqualTo(1); // P03
      assertThat(o.cell(false, false)).isEqualTo(1); // P07
      assertThat(o.n()).isEqualTo(6);
      assertThat(o.retrospectiveEarned()).isEqualTo(4);
      assertThat(o.prospectiveEarned()).isEqualTo(3);
      assertThat(o.continuousSecure()).isEqualTo(1); // P03
      assertThat(o.excludedNoCoding()).isEqualTo(2); // P09 unclassified, P10 no coding
      assertThat(o.excludedNoInfantData()).isEqualTo(1); // P08
      assertThat(o.excludedRetrospectiveUndetermined()).isEqualTo(1); // P06
      assertThat(o.prospectiveEarnedTotal()).isEqualTo(4); // P01, P03, P05, P06
      assertThat(o.prospectiveContinuousTotal()).isEqualTo(2); // P02, P04
      assertThat(o.retrospectiveRule()).isEqualTo(EarnedSecurityRule.DEFAULT);
      assertThat(o.prospectiveRule()).isEqualTo(ProspectiveEarnedSecurity.ANY_CAREGIVER);
    }

    @Test
    void followsTheChosenRules() {
      RetrospectiveProspectiveOverlap o =
          RetrospectiveProspectiveOverlap.of(
              STUDY,
              EarnedSecurityRule.LOVING_BELOW_5_WITH_NEGATIVE,
              ProspectiveEarnedSecurity.forCaregiver(Parent.MOTHER));
      // P03's infant data are with the father only, so the mother rule leaves P03 out.
      assertThat(o.excludedNoInfantData()).isEqualTo(2);
      assertThat(o.cell(true, true)).isEqualTo(2);
      assertThat(o.cell(true, false)).isEqualTo(2);
      assertThat(o.cell(false, true)).isZero();
      assertThat(o.cell(false, false)).isEqualTo(1);
    }
  }
}
