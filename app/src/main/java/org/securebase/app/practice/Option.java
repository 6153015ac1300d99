package org.securebase.app.practice;

import java.util.Arrays;
import java.util.List;

/** One choice on a practice form: the value sent, and the message key of its label. */
public record Option(String value, String labelKey) {

  static List<Option> of(Enum<?>[] values, String keyPrefix) {
    return Arrays.stream(values).map(v -> new Option(v.name(), keyPrefix + v.name())).toList();
  }
}
