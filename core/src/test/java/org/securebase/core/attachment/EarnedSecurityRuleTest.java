package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarnedSecurityRuleTest {

  private static final EarnedSecurityRule RULE = EarnedSecurityRule.DEFAULT;

  /** Experience for one parent: loving, rejecting, neglecting, role-reversing, pushing. */
  private static ScaleScores.Builder experience(ScaleScores.Builder b, Parent p, String values) {
    String[] v = values.split("/");
    AaiScale[] order = {
      AaiScale.LOVING,
      AaiScale.REJECTING,
      AaiScale.NEGLECTING,
      AaiScale.ROLE_REVERSING,
      AaiScale.PUSHING_TO_ACHIEVE
    };
    for (int i = 0; i < order.length; i++) {
      b.score(order[i], p, ScaleScore.parse(order[i], v[i]));
    }
    return b;
  }

  private static ScaleScores scores(String mother, String father) {
    ScaleScores.Builder b = ScaleScores.builder();
    experience(b, Parent.MOTHER, mother);
    experience(b, Parent.FATHER, father);
    return b.build();
  }

  private static EarnedSecurityResult evaluate(
      String classification, String mother, String father) {
    return RULE.evaluate(Optional.of(Classification.parse(classification)), scores(mother, father));
  }

  @Nested
  class Security {
    @Test
    void nonFClassificationIsNotSecureWhateverTheExperience() {
      EarnedSecurityResult r = evaluate("Ds1", "1/7/7/7/7", "1/7/7/7/7");
      assertThat(r.status()).isEqualTo(EarnedStatus.NOT_SECURE);
      assertThat(r.adverseParents()).isEmpty();
    }

    @Test
    void classificationWinsOverCoherence() {
      ScaleScores s =
          scores("2/2/2/2/2", "6/2/2/2/2").toBuilder().score(AaiScale.COHERENCE_OF_MIND, 8).build();
      assertThat(RULE.evaluate(Optional.of(Classification.parse("E2")), s).status())
          .isEqualTo(EarnedStatus.NOT_SECURE);
    }

    @ParameterizedTest
    @CsvSource({"5, EARNED", "4.5, NOT_SECURE", "9, EARNED"})
    void usesCoherenceCutOnlyWhenNoClassificationExists(double coh, EarnedStatus expected) {
      ScaleScores s =
          scores("2/2/2/2/2", "6/2/2/2/2").toBuilder()
              .score(AaiScale.COHERENCE_OF_MIND, coh)
              .build();
      EarnedSecurityResult r = RULE.evaluate(Optional.empty(), s);
      assertThat(r.status()).isEqualTo(expected);
      assertThat(r.reasons().get(0)).contains("no classification").contains("COH_CUT 5");
    }

    @Test
    void withoutClassificationOrCoherenceSecurityIsUndetermined() {
      EarnedSecurityResult r = RULE.evaluate(Optional.empty(), scores("2/2/2/2/2", "6/2/2/2/2"));
      assertThat(r.status()).isEqualTo(EarnedStatus.UNDETERMINED);
    }

    @Test
    void unresolvedOverFCountsAsSecureThroughItsOrganizedClassification() {
      EarnedSecurityResult r = evaluate("U/F1", "2/2/2/2/2", "6/2/2/2/2");
      assertThat(r.status()).isEqualTo(EarnedStatus.EARNED);
      assertThat(r.reasons().get(0)).contains("U/F1").contains("organized classification F");
      assertThat(evaluate("U/Ds1", "2/2/2/2/2", "6/2/2/2/2").status())
          .isEqualTo(EarnedStatus.NOT_SECURE);
    }
  }

  @Nested
  class Branches {
    @ParameterizedTest
    @CsvSource({"3, EARNED", "2.5, EARNED", "3.5, CONTINUOUS", "1, EARNED"})
    void lovingAtOrBelowCutIsAdverse(String loving, EarnedStatus expected) {
      EarnedSecurityResult r = evaluate("F1", loving + "/2/2/2/2", "6/2/2/2/2");
      assertThat(r.status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"REJECTING, 1", "NEGLECTING, 2", "ROLE_REVERSING, 3", "PUSHING_TO_ACHIEVE, 4"})
    void anyNegativeExperienceAtOrAboveFiveIsAdverse(AaiScale scale, int position) {
      String[] values = {"6", "2", "2", "2", "2"};
      values[position] = "5";
      EarnedSecurityResult earned = evaluate("F2", "6/2/2/2/2", String.join("/", values));
      assertThat(earned.status()).isEqualTo(EarnedStatus.EARNED);
      assertThat(earned.adverseParents()).containsExactly(Parent.FATHER);
      assertThat(earned.reasons())
          .anyMatch(
              r -> r.startsWith("father: " + scale.label().toLowerCase(java.util.Locale.ROOT)));
      values[position] = "4.5";
      assertThat(evaluate("F2", "6/2/2/2/2", String.join("/", values)).status())
          .isEqualTo(EarnedStatus.CONTINUOUS);
    }

    @Test
    void continuousNeedsBothParentsRatedAndNotAdverse() {
      EarnedSecurityResult r = evaluate("F1", "6/2/2/2/2", "7/1/1/1/1");
      assertThat(r.status()).isEqualTo(EarnedStatus.CONTINUOUS);
      assertThat(r.unscorable()).isEmpty();
      assertThat(r.reasons()).contains("mother: experience rated and not adverse");
    }

    @Test
    void adverseMotherMakesEarnedEvenWhenFatherIsNotScorable() {
      EarnedSecurityResult r = evaluate("F1", "2/2/2/2/2", "NS/NS/NS/NS/NS");
      assertThat(r.status()).isEqualTo(EarnedStatus.EARNED);
      assertThat(r.adverseParents()).containsExactly(Parent.MOTHER);
    }

    @Test
    void neitherAdverseButOneNotScorableIsUndetermined() {
      EarnedSecurityResult r = evaluate("F1", "6/2/2/2/2", "NS/2/2/2/2");
      assertThat(r.status()).isEqualTo(EarnedStatus.UNDETERMINED);
      assertThat(r.unscorable()).containsExactly("father loving not scorable");
    }

    @Test
    void adverseShownByNegativeScaleDespiteLovingNotScorable() {
      EarnedSecurityResult r = evaluate("F1", "NS/7/2/2/2", "6/2/2/2/2");
      assertThat(r.status()).isEqualTo(EarnedStatus.EARNED);
    }

    @Test
    void notScorableIsNotTreatedAsZero() {
      // If "not scorable" were read as 0, loving 0 <= 3 would make this person earned.
      EarnedSecurityResult r = evaluate("F1", "NS/2/2/2/2", "6/2/2/2/2");
      assertThat(r.status()).isEqualTo(EarnedStatus.UNDETERMINED);
      assertThat(r.adverseParents()).isEmpty();
    }

    @Test
    void unratedParentIsUndeterminedNotContinuous() {
      ScaleScores motherOnly =
          experience(ScaleScores.builder(), Parent.MOTHER, "6/2/2/2/2").build();
      EarnedSecurityResult r = RULE.evaluate(Optional.of(Classification.parse("F1")), motherOnly);
      assertThat(r.status()).isEqualTo(EarnedStatus.UNDETERMINED);
      assertThat(r.unscorable()).contains("father loving not rated");
    }

    @Test
    void otherCaregiversDoNotCount() {
      ScaleScores s =
          scores("6/2/2/2/2", "6/2/2/2/2").toBuilder()
              .score(AaiScale.LOVING, Parent.of("grandmother"), 1)
              .build();
      assertThat(RULE.evaluate(Optional.of(Classification.parse("F1")), s).status())
          .isEqualTo(EarnedStatus.CONTINUOUS);
    }
  }

  @Nested
  class Subclasses {
    @Test
    void subclassF3bNeverMakesAnyoneEarned() {
      EarnedSecurityResult r = evaluate("F3b", "7/1/1/1/1", "7/1/1/1/1");
      assertThat(r.status()).isEqualTo(EarnedStatus.CONTINUOUS);
    }

    @Test
    void subclassF3aNeverMakesAnyoneContinuous() {
      assertThat(evaluate("F3a", "2/1/1/1/1", "7/1/1/1/1").status()).isEqualTo(EarnedStatus.EARNED);
    }

    @Test
    void everyFSubclassGivesTheSameResultAsPlainF() {
      for (String sub : new String[] {"F", "F1", "F2", "F3", "F3a", "F3b", "F4", "F5"}) {
        assertThat(evaluate(sub, "4/2/2/2/2", "6/2/6/2/2").status())
            .as(sub)
            .isEqualTo(evaluate("F", "4/2/2/2/2", "6/2/6/2/2").status());
      }
    }
  }

  @Nested
  class Variants {
    @ParameterizedTest
    @CsvSource({
      "2, EARNED, EARNED, EARNED",
      "2.5, CONTINUOUS, EARNED, EARNED",
      "3, CONTINUOUS, EARNED, EARNED",
      "3.5, CONTINUOUS, CONTINUOUS, EARNED",
      "4.5, CONTINUOUS, CONTINUOUS, EARNED",
      "5, CONTINUOUS, CONTINUOUS, CONTINUOUS"
    })
    void lovingCutOffsDifferAtTheirBoundaries(
        double loving, EarnedStatus le2, EarnedStatus le3, EarnedStatus lt5) {
      // The father's loving score varies; the mother (loving 6) is never adverse.
      ScaleScores s = scores("6/2/2/2/2", ScaleScore.of(AaiScale.LOVING, loving) + "/2/2/2/2");
      Optional<Classification> f = Optional.of(Classification.parse("F"));
      assertThat(EarnedSecurityRule.LOVING_2_ONLY.evaluate(f, s).status()).isEqualTo(le2);
      assertThat(EarnedSecurityRule.LOVING_3_ONLY.evaluate(f, s).status()).isEqualTo(le3);
      assertThat(EarnedSecurityRule.LOVING_BELOW_5_ONLY.evaluate(f, s).status()).isEqualTo(lt5);
    }

    @Test
    void withoutNegativeClauseHighRejectionAloneIsNotAdverse() {
      ScaleScores s = scores("6/8/2/2/2", "6/2/2/2/2");
      Optional<Classification> f = Optional.of(Classification.parse("F1"));
      assertThat(EarnedSecurityRule.LOVING_3_WITH_NEGATIVE.evaluate(f, s).status())
          .isEqualTo(EarnedStatus.EARNED);
      assertThat(EarnedSecurityRule.LOVING_3_ONLY.evaluate(f, s).status())
          .isEqualTo(EarnedStatus.CONTINUOUS);
    }

    @Test
    void withoutNegativeClauseOnlyLovingIsNeeded() {
      ScaleScores s = scores("6/NS/NS/NS/NS", "6/NS/NS/NS/NS");
      Optional<Classification> f = Optional.of(Classification.parse("F1"));
      assertThat(EarnedSecurityRule.LOVING_3_ONLY.evaluate(f, s).status())
          .isEqualTo(EarnedStatus.CONTINUOUS);
      assertThat(EarnedSecurityRule.LOVING_3_WITH_NEGATIVE.evaluate(f, s).status())
          .isEqualTo(EarnedStatus.UNDETERMINED);
    }

    @Test
    void publishedVariantsAreSixWithDistinctIds() {
      assertThat(EarnedSecurityRule.PUBLISHED_VARIANTS)
          .hasSize(6)
          .extracting(EarnedSecurityRule::id)
          .doesNotHaveDuplicates();
      assertThat(EarnedSecurityRule.DEFAULT.parameters())
          .containsExactly(
              java.util.Map.entry("COH_CUT", "5"),
              java.util.Map.entry("LOVING_CUT", "3"),
              java.util.Map.entry("LOVING_COMPARISON", "<="),
              java.util.Map.entry("NEGATIVE_CLAUSE", "true"),
              java.util.Map.entry("NEG_CUT", "5"));
      assertThat(EarnedSecurityRule.LOVING_BELOW_5_ONLY.parameters())
          .containsEntry("LOVING_CUT", "5")
          .containsEntry("LOVING_COMPARISON", "<")
          .containsEntry("NEGATIVE_CLAUSE", "false");
    }

    @Test
    void resultAlwaysCarriesRuleAndParameters() {
      EarnedSecurityRule custom =
          new EarnedSecurityRule("lab-rule", "7", 6, 3.5, LovingComparison.BELOW, true, 6);
      EarnedSecurityResult r = custom.evaluate(Optional.empty(), ScaleScores.empty());
      assertThat(r.ruleId()).isEqualTo("lab-rule");
      assertThat(r.ruleVersion()).isEqualTo("7");
      assertThat(r.parameters()).containsEntry("COH_CUT", "6").containsEntry("LOVING_CUT", "3.5");
      assertThat(evaluate("Ds1", "2/2/2/2/2", "2/2/2/2/2").rule())
          .isEqualTo(EarnedSecurityRule.DEFAULT);
    }

    @Test
    void rejectsCutOffOffTheScale() {
      assertThatThrownBy(
              () -> new EarnedSecurityRule("x", "1", 5, 0, LovingComparison.BELOW, true, 5))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("lovingCut");
    }
  }

  @Test
  void evaluatesACodingByItsClassificationAndScores() {
    Coding c =
        Coding.draft("T-9", "ben")
            .withScores(scores("2/2/2/2/2", "6/2/2/2/2"))
            .withClassification(Classification.parse("F4"))
            .finalized();
    assertThat(RULE.evaluate(c).status()).isEqualTo(EarnedStatus.EARNED);
  }
}
