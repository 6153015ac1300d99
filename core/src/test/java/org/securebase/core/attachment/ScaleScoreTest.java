package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleScoreTest {

  @Nested
  class Values {
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5, 4.5, 5.0, 8.5, 9.0})
    void acceptsWholeAndHalfPointsFromOneToNine(double v) {
      assertThat(ScaleScore.of(AaiScale.COHERENCE_OF_MIND, v).value()).isEqualTo(v);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 9.5, 10, -1, 4.25, 4.75, Double.NaN})
    void rejectsValuesOffTheHalfPointScaleNamingTheScale(double v) {
      assertThatThrownBy(() -> ScaleScore.of(AaiScale.IDEALIZATION, v))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("IDEALIZATION")
          .extracting(e -> ((InvalidEntryException) e).field())
          .isEqualTo("IDEALIZATION");
    }

    @Test
    void messageShowsTheValueAsTyped() {
      assertThatThrownBy(() -> ScaleScore.of(AaiScale.LOVING, 0))
          .hasMessage("LOVING: score 0 is outside 1 to 9 (use \"not scorable\" instead of 0)");
    }

    @Test
    void printedFormReadsBack() {
      for (ScaleScore s :
          new ScaleScore[] {ScaleScore.of(AaiScale.LOVING, 4.5), ScaleScore.NOT_SCORABLE}) {
        assertThat(ScaleScore.parse(AaiScale.LOVING, s.toString())).isEqualTo(s);
      }
    }

    @Test
    void printsHalfPointsWithoutTrailingZeros() {
      assertThat(ScaleScore.of(AaiScale.LOVING, 4.5)).hasToString("4.5");
      assertThat(ScaleScore.of(AaiScale.LOVING, 3)).hasToString("3");
    }

    @Test
    void equalScoresAreEqual() {
      assertThat(ScaleScore.of(AaiScale.LOVING, 2.5))
          .isEqualTo(ScaleScore.of(AaiScale.PASSIVITY, 2.5));
    }
  }

  @Nested
  class NotScorable {
    @Test
    void isAllowedOnExperienceScalesOnly() {
      for (AaiScale scale : AaiScale.values()) {
        if (scale.group() == ScaleGroup.INFERRED_EXPERIENCE) {
          assertThat(ScaleScore.notScorable(scale).isScorable()).isFalse();
        } else {
          assertThatThrownBy(() -> ScaleScore.notScorable(scale))
              .isInstanceOf(InvalidEntryException.class)
              .hasMessageContaining(scale.name());
        }
      }
    }

    @Test
    void isNotZeroAndHasNoNumericValue() {
      ScaleScore ns = ScaleScore.notScorable(AaiScale.LOVING);
      assertThat(ns.valueIfScorable()).isEmpty();
      assertThat(ns).isNotEqualTo(ScaleScore.of(AaiScale.LOVING, 1));
      assertThat(ns).hasToString("not scorable");
      assertThatThrownBy(ns::value).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sortsBelowEveryNumericScore() {
      assertThat(ScaleScore.NOT_SCORABLE).isLessThan(ScaleScore.of(AaiScale.LOVING, 1));
    }
  }

  @Nested
  class Parsing {
    @Test
    void readsNumbersWithPointOrComma() {
      assertThat(ScaleScore.parse(AaiScale.LOVING, " 4,5 ").value()).isEqualTo(4.5);
      assertThat(ScaleScore.parse(AaiScale.LOVING, "7").value()).isEqualTo(7);
    }

    @Test
    void readsNotScorableSpellings() {
      assertThat(ScaleScore.parse(AaiScale.NEGLECTING, "NS")).isEqualTo(ScaleScore.NOT_SCORABLE);
      assertThat(ScaleScore.parse(AaiScale.NEGLECTING, "not scorable"))
          .isEqualTo(ScaleScore.NOT_SCORABLE);
    }

    @Test
    void rejectsNotScorableOnStateOfMindScale() {
      assertThatThrownBy(() -> ScaleScore.parse(AaiScale.COHERENCE_OF_MIND, "NS"))
          .hasMessageContaining("COHERENCE_OF_MIND");
    }

    @Test
    void rejectsWordsAndBlanks() {
      assertThatThrownBy(() -> ScaleScore.parse(AaiScale.LOVING, "high"))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("\"high\" is not a score");
      assertThatThrownBy(() -> ScaleScore.parse(AaiScale.LOVING, " "))
          .isInstanceOf(InvalidEntryException.class);
    }
  }
}
