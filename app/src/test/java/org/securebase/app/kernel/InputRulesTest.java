package org.securebase.app.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InputRulesTest {

  @Nested
  class Dates {

    @Test
    void acceptsTheEdgesOfTheSupportedCalendar() {
      assertThat(InputRules.date("d", LocalDate.of(1900, 1, 1))).isEqualTo(InputRules.EARLIEST);
      assertThat(InputRules.date("d", LocalDate.of(2100, 12, 31))).isEqualTo(InputRules.LATEST);
      assertThat(InputRules.date("d", null)).isNull();
    }

    @Test
    void refusesTheExtremesJavaTimeAcceptsNamingTheField() {
      assertThatThrownBy(() -> InputRules.date("occurredOn", LocalDate.MIN))
          .isInstanceOfSatisfying(
              BadInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("occurredOn");
                assertThat(e.code()).isEqualTo(InputRules.DATE_OUT_OF_RANGE);
                assertThat(e.args())
                    .containsExactly("occurredOn", InputRules.EARLIEST, InputRules.LATEST);
              });
      assertThatThrownBy(() -> InputRules.date("d", LocalDate.of(1899, 12, 31)))
          .isInstanceOf(BadInputException.class);
      assertThatThrownBy(() -> InputRules.date("d", LocalDate.of(2101, 1, 1)))
          .isInstanceOf(BadInputException.class);
    }

    @Test
    void checksEveryDateTypeByItsCalendarDay() {
      assertThatThrownBy(
              () -> InputRules.moment("at", LocalDateTime.parse("-999999999-01-01T00:00")))
          .isInstanceOf(BadInputException.class);
      assertThatThrownBy(
              () -> InputRules.moment("at", OffsetDateTime.of(LocalDateTime.MAX, ZoneOffset.UTC)))
          .isInstanceOf(BadInputException.class);
      assertThatThrownBy(() -> InputRules.moment("at", Instant.MIN))
          .isInstanceOf(BadInputException.class);
      assertThatThrownBy(() -> InputRules.moment("at", Instant.MAX))
          .isInstanceOf(BadInputException.class);
      Instant fine = Instant.parse("2026-11-29T10:15:30Z");
      assertThat(InputRules.moment("at", fine)).isSameAs(fine);
      assertThat(InputRules.moment("at", "not a date")).isEqualTo("not a date");
    }
  }

  @Nested
  class Texts {

    @Test
    void refusesNulNamingTheField() {
      assertThatThrownBy(() -> InputRules.text("body", "a\u0000b"))
          .isInstanceOfSatisfying(
              BadInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("body");
                assertThat(e.code()).isEqualTo(InputRules.TEXT_NUL);
              });
    }

    @Test
    void refusesLoneSurrogatesButKeepsPairs() {
      assertThat(InputRules.textProblem("\uD800x")).isEqualTo(InputRules.TEXT_LONE_SURROGATE);
      assertThat(InputRules.textProblem("x\uDC00")).isEqualTo(InputRules.TEXT_LONE_SURROGATE);
      assertThat(InputRules.textProblem("end\uD83D")).isEqualTo(InputRules.TEXT_LONE_SURROGATE);
      assertThat(InputRules.textProblem("a smile \uD83D\uDE00 and ü")).isNull();
      assertThat(InputRules.text("t", null)).isNull();
    }
  }

  @Test
  void countsOutsideTheirRangeAreRefusedWithTheRange() {
    assertThat(InputRules.count("n", 0, 0, 500)).isZero();
    assertThat(InputRules.count("n", 500, 0, 500)).isEqualTo(500);
    assertThatThrownBy(() -> InputRules.count("progress[0].count", -1, 0, 500))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> assertThat(e.args()).containsExactly("progress[0].count", 0, 500));
    assertThatThrownBy(() -> InputRules.count("n", Integer.MAX_VALUE, 0, 500))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void aProblemMovedToItsFieldNamesTheNewField() {
    BadInputException moved =
        new BadInputException("value", InputRules.TEXT_NUL, "value").at("losses[0].label");
    assertThat(moved.field()).isEqualTo("losses[0].label");
    assertThat(moved.args()).containsExactly("losses[0].label");
    assertThat(moved.code()).isEqualTo(InputRules.TEXT_NUL);
  }
}
