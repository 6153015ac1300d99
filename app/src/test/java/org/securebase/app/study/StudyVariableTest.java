package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StudyVariableTest {

  static StudyVariable variable(VariableType type, String allowed) {
    return new StudyVariable(UUID.randomUUID(), "v", "V", type, allowed, null, false, false, 1);
  }

  @Nested
  class Categories {

    @Test
    void readsCodesWithAndWithoutLabels() {
      StudyVariable v = variable(VariableType.CATEGORY, "1=never| 2 = often |3");
      assertThat(v.levels())
          .containsExactly(
              new StudyVariable.Level("1", "never"),
              new StudyVariable.Level("2", "often"),
              new StudyVariable.Level("3", "3"));
      assertThat(v.canonical(" 2 ")).isEqualTo("2");
    }

    @Test
    void refusesAValueOutsideTheAllowedSet() {
      assertThatThrownBy(() -> variable(VariableType.CATEGORY, "1=no|2=yes").canonical("3"))
          .hasMessage("value outside the allowed set (1, 2)");
    }

    @Test
    void refusesADictionaryEntryWithRepeatedOrEmptyLevels() {
      assertThatThrownBy(() -> StudyVariable.checkAllowedValues(VariableType.CATEGORY, "1=a|1=b"))
          .hasMessageContaining("appears twice");
      assertThatThrownBy(() -> StudyVariable.checkAllowedValues(VariableType.CATEGORY, "1=a||2"))
          .hasMessageContaining("empty code");
      assertThatThrownBy(() -> StudyVariable.checkAllowedValues(VariableType.CATEGORY, null))
          .hasMessageContaining("needs its allowed values");
    }
  }

  @Nested
  class Numbers {

    @Test
    void keepsValuesInsideTheRangeInCanonicalForm() {
      assertThat(variable(VariableType.INTEGER, "0..10").canonical("007")).isEqualTo("7");
      assertThat(variable(VariableType.DECIMAL, "0..1").canonical("0.50")).isEqualTo("0.5");
    }

    @Test
    void refusesValuesOutsideTheRangeOrOfTheWrongKind() {
      assertThatThrownBy(() -> variable(VariableType.INTEGER, "0..10").canonical("11"))
          .hasMessage("value outside the allowed range 0..10");
      assertThatThrownBy(() -> variable(VariableType.INTEGER, null).canonical("2.5"))
          .hasMessage("not a whole number");
      assertThatThrownBy(() -> variable(VariableType.DECIMAL, null).canonical("2,5"))
          .hasMessageStartingWith("not a number");
    }
  }

  @Nested
  class Dates {

    @Test
    void acceptsOnlyIsoCalendarDates() {
      assertThat(variable(VariableType.DATE, null).canonical("2024-02-29")).isEqualTo("2024-02-29");
      assertThatThrownBy(() -> variable(VariableType.DATE, null).canonical("29/02/2024"))
          .hasMessage("date in the wrong format (use YYYY-MM-DD)");
      assertThatThrownBy(() -> variable(VariableType.DATE, null).canonical("2023-02-29"))
          .hasMessage("not a calendar date");
    }
  }

  @Test
  void allowedValuesAreOnlyForCategoriesAndNumbers() {
    assertThatThrownBy(() -> StudyVariable.checkAllowedValues(VariableType.TEXT, "a|b"))
        .hasMessageContaining("only for categories and numbers");
    assertThatThrownBy(() -> StudyVariable.checkAllowedValues(VariableType.INTEGER, "10..1"))
        .hasMessageContaining("min above max");
  }

  @Test
  void refusesADateOutsideTheSupportedCalendar() {
    assertThat(VariableType.parseDate("1900-01-01")).hasYear(1900);
    assertThatThrownBy(() -> VariableType.parseDate("1899-12-31"))
        .hasMessage("outside the allowed range 1900-01-01 to 2100-12-31");
    assertThatThrownBy(() -> VariableType.parseDate("9999-01-01"))
        .hasMessage("outside the allowed range 1900-01-01 to 2100-12-31");
  }
}
