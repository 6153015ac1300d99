package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScaleScoresTest {

  @Nested
  class PerParent {
    @Test
    void keepsScoresSeparatePerParent() {
      ScaleScores s =
          ScaleScores.builder()
              .score(AaiScale.LOVING, Parent.MOTHER, 2)
              .score(AaiScale.LOVING, Parent.FATHER, 6.5)
              .build();
      assertThat(s.score(AaiScale.LOVING, Parent.MOTHER))
          .contains(ScaleScore.of(AaiScale.LOVING, 2));
      assertThat(s.score(AaiScale.LOVING, Parent.FATHER))
          .contains(ScaleScore.of(AaiScale.LOVING, 6.5));
      assertThat(s.highestOverParents(AaiScale.LOVING)).hasValue(6.5);
    }

    @Test
    void acceptsOtherNamedCaregivers() {
      ScaleScores s =
          ScaleScores.builder().score(AaiScale.LOVING, Parent.of(" grandmother "), 7).build();
      assertThat(s.score(AaiScale.LOVING, Parent.of("GRANDMOTHER"))).isPresent();
      assertThat(s.parents()).containsExactly(Parent.of("Grandmother"));
    }

    @Test
    void rejectsPerParentScaleWithoutParent() {
      assertThatThrownBy(() -> ScaleScores.builder().score(AaiScale.REJECTING, 3))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("REJECTING")
          .hasMessageContaining("per parent");
    }

    @Test
    void rejectsParentOnSingleScale() {
      assertThatThrownBy(
              () -> ScaleScores.builder().score(AaiScale.COHERENCE_OF_MIND, Parent.MOTHER, 3))
          .hasMessageContaining("COHERENCE_OF_MIND");
    }

    @Test
    void namesScaleAndParentOnBadValue() {
      assertThatThrownBy(() -> ScaleScores.builder().score(AaiScale.LOVING, Parent.FATHER, 0))
          .isInstanceOf(InvalidEntryException.class)
          .extracting(e -> ((InvalidEntryException) e).field())
          .isEqualTo("LOVING[FATHER]");
    }

    @Test
    void notScorableExperienceIsStoredAsItsOwnValue() {
      ScaleScores s = ScaleScores.builder().notScorable(AaiScale.NEGLECTING, Parent.FATHER).build();
      assertThat(s.score(AaiScale.NEGLECTING, Parent.FATHER)).contains(ScaleScore.NOT_SCORABLE);
      assertThat(s.highestOverParents(AaiScale.NEGLECTING)).isEmpty();
    }

    @Test
    void rejectsNotScorableOnPerParentStateOfMindScale() {
      assertThatThrownBy(
              () -> ScaleScores.builder().notScorable(AaiScale.IDEALIZATION, Parent.MOTHER))
          .hasMessageContaining("IDEALIZATION[MOTHER]");
    }
  }

  @Nested
  class Unresolved {
    @Test
    void highestLossCounts() {
      ScaleScores s =
          ScaleScores.builder().loss("grandfather, age 9", 3).loss("brother, age 15", 6.5).build();
      assertThat(s.value(AaiScale.UNRESOLVED_LOSS)).hasValue(6.5);
      assertThat(s.losses())
          .extracting(LossScore::label)
          .containsExactly("grandfather, age 9", "brother, age 15");
    }

    @Test
    void highestUnresolvedTakesTheLargerOfLossAndTrauma() {
      ScaleScores s =
          ScaleScores.builder().loss("aunt", 4).score(AaiScale.UNRESOLVED_TRAUMA, 5.5).build();
      assertThat(s.highestUnresolved()).hasValue(5.5);
      assertThat(ScaleScores.builder().loss("aunt", 4).build().highestUnresolved()).hasValue(4);
      assertThat(ScaleScores.empty().highestUnresolved()).isEmpty();
    }

    @Test
    void lossNeedsALabel() {
      assertThatThrownBy(() -> ScaleScores.builder().loss(" ", 3))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("UNRESOLVED_LOSS");
    }

    @Test
    void lossScoreRejectsBadValueNamingTheLoss() {
      assertThatThrownBy(() -> ScaleScores.builder().loss("uncle", 9.5))
          .hasMessageContaining("UNRESOLVED_LOSS[uncle]");
    }

    @Test
    void singleScoreCannotBeUsedForLosses() {
      assertThatThrownBy(() -> ScaleScores.builder().score(AaiScale.UNRESOLVED_LOSS, 5))
          .hasMessageContaining("once per loss");
    }

    @Test
    void unresolvedScalesAreNeverNotScorable() {
      assertThatThrownBy(() -> new LossScore("mother", ScaleScore.NOT_SCORABLE))
          .isInstanceOf(InvalidEntryException.class);
    }
  }

  @Test
  void isImmutableAndComparesByContent() {
    ScaleScores.Builder b = ScaleScores.builder().score(AaiScale.COHERENCE_OF_MIND, 6);
    ScaleScores first = b.build();
    b.score(AaiScale.COHERENCE_OF_MIND, 3);
    assertThat(first.value(AaiScale.COHERENCE_OF_MIND)).hasValue(6);
    assertThat(first).isEqualTo(ScaleScores.builder().score(AaiScale.COHERENCE_OF_MIND, 6).build());
    assertThat(first.toBuilder().clear(AaiScale.COHERENCE_OF_MIND).build())
        .isEqualTo(ScaleScores.empty());
  }

  @Test
  void unratedScaleIsAbsentNotNotScorable() {
    assertThat(ScaleScores.empty().score(AaiScale.LOVING, Parent.MOTHER)).isEmpty();
  }
}
