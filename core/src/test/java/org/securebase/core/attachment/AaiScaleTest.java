package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AaiScaleTest {

  @Test
  void experienceScalesArePerParentAndMayBeNotScorable() {
    assertThat(AaiScale.inGroup(ScaleGroup.INFERRED_EXPERIENCE))
        .containsExactly(
            AaiScale.LOVING,
            AaiScale.REJECTING,
            AaiScale.ROLE_REVERSING,
            AaiScale.PUSHING_TO_ACHIEVE,
            AaiScale.NEGLECTING)
        .allSatisfy(
            s -> {
              assertThat(s.perParent()).isTrue();
              assertThat(s.allowsNotScorable()).isTrue();
            });
  }

  @Test
  void stateOfMindScalesFollowTheTable() {
    assertThat(AaiScale.inGroup(ScaleGroup.STATE_OF_MIND)).hasSize(10);
    assertThat(AaiScale.inGroup(ScaleGroup.STATE_OF_MIND))
        .filteredOn(AaiScale::perParent)
        .containsExactly(AaiScale.IDEALIZATION, AaiScale.INVOLVING_ANGER, AaiScale.DEROGATION);
    assertThat(AaiScale.inGroup(ScaleGroup.STATE_OF_MIND)).noneMatch(AaiScale::allowsNotScorable);
  }

  @Test
  void unresolvedLossIsThePerLossScale() {
    assertThat(AaiScale.inGroup(ScaleGroup.UNRESOLVED))
        .containsExactly(AaiScale.UNRESOLVED_LOSS, AaiScale.UNRESOLVED_TRAUMA);
    assertThat(AaiScale.UNRESOLVED_LOSS.perLoss()).isTrue();
    assertThat(AaiScale.UNRESOLVED_TRAUMA.perLoss()).isFalse();
  }

  @Test
  void parentNamesIgnoreCaseAndSpaces() {
    assertThat(Parent.of(" mother ")).isEqualTo(Parent.MOTHER);
  }
}
