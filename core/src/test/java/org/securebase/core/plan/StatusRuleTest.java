package org.securebase.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  @Nested
  class SessionDeadline {

    @Test
    void isMetWhenProgressReachesTheTarget() {
      var a = StatusRule.assess(4, Deadline.bySession(10), 0, START, 4, 3, START);
      assertThat(a.status()).isEqualTo(ObjectiveStatus.MET);
    }

    @Test
    void isOnTrackWhenProgressKeepsPaceRoundedDown() {
      // 6 of 10 sessions passed: 4 * 0.6 = 2.4, rounded down to 2 expected.
      var a = StatusRule.assess(4, Deadline.bySession(10), 0, START, 2, 6, START);
      assertThat(a.status()).isEqualTo(ObjectiveStatus.ON_TRACK);
      assertThat(a.expectedByNow()).isEqualTo(2);
      assertThat(a.explanation()).isEqualTo("2 of 4 so far; 2 expected by now");
    }

    @Test
    void isBehindWhenProgressFallsShortOfPace() {
      var a = StatusRule.assess(4, Deadline.bySession(10), 0, START, 1, 6, START);
      assertThat(a.status()).isEqualTo(ObjectiveStatus.BEHIND);
    }

    @Test
    void countsFromTheSessionTheObjectiveWasSet() {
      // Set after session 4, due by session 8: after session 6 half the time has passed.
      var a = StatusRule.assess(4, Deadline.bySession(8), 4, START, 1, 6, START);
      assertThat(a.expectedByNow()).isEqualTo(2);
      assertThat(a.status()).isEqualTo(ObjectiveStatus.BEHIND);
    }

    @Test
    void isStillOpenAtTheDeadlineSessionAndLapsesAfterIt() {
      assertThat(StatusRule.assess(4, Deadline.bySession(10), 0, START, 3, 10, START).status())
          .isEqualTo(ObjectiveStatus.BEHIND);
      assertThat(StatusRule.assess(4, Deadline.bySession(10), 0, START, 3, 11, START).status())
          .isEqualTo(ObjectiveStatus.LAPSED);
    }

    @Test
    void aMetObjectiveDoesNotLapse() {
      assertThat(StatusRule.assess(4, Deadline.bySession(10), 0, START, 5, 14, START).status())
          .isEqualTo(ObjectiveStatus.MET);
    }

    @Test
    void atTheStartNothingIsExpected() {
      var a = StatusRule.assess(4, Deadline.bySession(10), 0, START, 0, 0, START);
      assertThat(a.status()).isEqualTo(ObjectiveStatus.ON_TRACK);
      assertThat(a.expectedByNow()).isZero();
    }
  }

  @Nested
  class DateDeadline {

    @Test
    void usesDaysForADateDeadline() {
      Deadline d = Deadline.byDate(START.plusDays(100));
      assertThat(StatusRule.assess(5, d, 0, START, 2, 9, START.plusDays(50)).status())
          .isEqualTo(ObjectiveStatus.ON_TRACK); // 2.5 -> 2 expected
      assertThat(StatusRule.assess(5, d, 0, START, 1, 9, START.plusDays(50)).status())
          .isEqualTo(ObjectiveStatus.BEHIND);
      assertThat(StatusRule.assess(5, d, 0, START, 4, 9, START.plusDays(101)).status())
          .isEqualTo(ObjectiveStatus.LAPSED);
    }
  }

  @Test
  void refusesANonsenseTarget() {
    assertThatThrownBy(() -> StatusRule.assess(0, Deadline.bySession(3), 0, START, 0, 0, START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target");
  }

  @Test
  void aDeadlineIsEitherASessionOrADate() {
    assertThatThrownBy(() -> new Deadline(3, START)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Deadline(null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Deadline.bySession(12).describe()).isEqualTo("by session 12");
    assertThat(Deadline.byDate(LocalDate.of(2027, 3, 1)).describe()).isEqualTo("by 1 March 2027");
  }

  @Test
  void templatesFillInTheirNumbers() {
    assertThat(ObjectiveTemplate.values()).hasSize(7);
    assertThat(ObjectiveTemplate.COHERENT_NARRATIVE.objective(3, Deadline.bySession(12), 2))
        .isEqualTo(
            "By session 12, narrate 3 painful childhood episodes naming both the hurt and its"
                + " context, without flooding or dismissing, in 2 consecutive sessions.");
    assertThat(ObjectiveTemplate.ALTERNATIVE_SUPPORT.usesConsecutive()).isFalse();
    assertThat(ObjectiveTemplate.ALTERNATIVE_SUPPORT.pattern())
        .isEqualTo(
            "By the deadline, turn to one trusted person in K distressing episodes and review how"
                + " it went.");
  }
}
