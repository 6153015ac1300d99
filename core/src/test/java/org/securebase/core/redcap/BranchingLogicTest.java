package org.securebase.core.redcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BranchingLogicTest {

  static boolean shows(String logic, Map<String, String> values) {
    return BranchingLogic.parse(logic).shows(values);
  }

  @Nested
  class Comparisons {

    @Test
    void blankLogicAlwaysShows() {
      assertThat(shows("", Map.of())).isTrue();
      assertThat(shows("  ", Map.of())).isTrue();
      assertThat(BranchingLogic.parse(null)).isSameAs(BranchingLogic.ALWAYS);
    }

    @Test
    void comparesAFieldWithQuotedText() {
      assertThat(shows("[smoker] = '1'", Map.of("smoker", "1"))).isTrue();
      assertThat(shows("[smoker] = '1'", Map.of("smoker", "0"))).isFalse();
      assertThat(shows("[smoker] = \"1\"", Map.of("smoker", "1"))).isTrue();
      assertThat(shows("[smoker] = '1'", Map.of())).isFalse();
    }

    @Test
    void treatsABlankFieldAsTheEmptyString() {
      assertThat(shows("[notes] <> ''", Map.of())).isFalse();
      assertThat(shows("[notes] <> ''", Map.of("notes", "x"))).isTrue();
      assertThat(shows("[notes] != ''", Map.of("notes", "x"))).isTrue();
      assertThat(shows("[notes] = ''", Map.of())).isTrue();
    }

    @Test
    void comparesNumbersAsNumbers() {
      assertThat(shows("[age] >= 18", Map.of("age", "18"))).isTrue();
      assertThat(shows("[age] >= 18", Map.of("age", "9"))).isFalse();
      assertThat(shows("[age] > '10'", Map.of("age", "9.5"))).isFalse();
      assertThat(shows("[age] < 10", Map.of("age", "9.5"))).isTrue();
      assertThat(shows("[weight] = 3", Map.of("weight", "3.0"))).isTrue();
      assertThat(shows("[t] > -1", Map.of("t", "-0.5"))).isTrue();
    }

    @Test
    void aBlankFieldIsNeitherBelowNorAboveANumber() {
      assertThat(shows("[age] < 18", Map.of())).isFalse();
      assertThat(shows("[age] >= 18", Map.of())).isFalse();
    }
  }

  @Nested
  class Structure {

    @Test
    void combinesWithAndOrAndParentheses() {
      String logic = "[a] = '1' and ([b] = '2' or [c] > 5)";
      assertThat(shows(logic, Map.of("a", "1", "b", "2"))).isTrue();
      assertThat(shows(logic, Map.of("a", "1", "c", "6"))).isTrue();
      assertThat(shows(logic, Map.of("a", "1", "c", "5"))).isFalse();
      assertThat(shows(logic, Map.of("a", "0", "b", "2"))).isFalse();
      assertThat(shows("[a] = '1' OR [b] = '1'", Map.of("b", "1"))).isTrue();
    }

    @Test
    void readsCheckboxOptionsAsTheirOwnVariables() {
      BranchingLogic l = BranchingLogic.parse("[supports(2)] = '1'");
      assertThat(l.references()).containsExactly("supports___2");
      assertThat(l.shows(Map.of("supports___2", "1"))).isTrue();
      assertThat(l.shows(Map.of("supports___1", "1"))).isFalse();
      assertThat(shows("[supports(2)] = '0'", Map.of())).as("unticked is 0").isTrue();
    }

    @Test
    void readsAnEventPrefixedFieldAsTheSameWave() {
      BranchingLogic l = BranchingLogic.parse("[baseline_arm_1][smoker] = '1'");
      assertThat(l.references()).containsExactly("smoker");
      assertThat(l.shows(Map.of("smoker", "1"))).isTrue();
    }

    @Test
    void listsTheFieldsItReads() {
      assertThat(BranchingLogic.parse("[a] = '1' and [b(3)] = '1' or [c] <> ''").references())
          .containsExactly("a", "b___3", "c");
    }
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> BranchingLogic.parse("datediff([d1], [d2], 'y') > 1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BranchingLogic.parse("[a] = '1' and"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BranchingLogic.parse("([a] = '1'"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(");
    assertThatThrownBy(() -> BranchingLogic.parse("[a] = 'open"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BranchingLogic.parse("[a]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BranchingLogic.parse("[a] = '1' [b] = '2'"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
