package org.securebase.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.securebase.app.kernel.BadInputException;
import org.springframework.context.support.StaticMessageSource;

class FieldLabelsTest {

  @Test
  void aFieldWithALabelIsNamedByItsLabelInEveryArgument() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("field.occurredAt", Locale.ENGLISH, "When");
    BadInputException e =
        new BadInputException(
            "occurredAt", "input.date.out-of-range", "occurredAt", "1900", "2100");

    BadInputException shown = FieldLabels.onPage(e, messages, Locale.ENGLISH);

    assertThat(shown.field()).isEqualTo("When");
    assertThat(shown.args()).containsExactly("When", "1900", "2100");
    assertThat(shown.code()).isEqualTo("input.date.out-of-range");
  }

  @Test
  void aFieldWithoutALabelIsNamedInLowerCaseWordsNeverByItsPropertyName() {
    BadInputException e = new BadInputException("progress[0].count", "x", "progress[0].count");

    BadInputException shown = FieldLabels.onPage(e, new StaticMessageSource(), Locale.ENGLISH);

    assertThat(shown.args()).containsExactly("count");
    assertThat(FieldLabels.inWords("minutesUntilSettled")).isEqualTo("minutes until settled");
  }
}
