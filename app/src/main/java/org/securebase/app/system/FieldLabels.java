package org.securebase.app.system;

import java.util.Locale;
import org.securebase.app.kernel.BadInputException;
import org.springframework.context.MessageSource;

/**
 * On a page, a refused field is named as the form labels it, not by its property name: a shared
 * check (a date range, a NUL byte) knows only the name the binder gave it ({@code occurredAt}), and
 * a person reading the error page never saw that word. The JSON API keeps the property name, which
 * is what a program sent.
 */
final class FieldLabels {

  private FieldLabels() {}

  /** The same problem, with every argument that was the field's name replaced by its label. */
  static BadInputException onPage(BadInputException e, MessageSource messages, Locale locale) {
    String field = e.field();
    if (field == null || field.isBlank()) {
      return e;
    }
    String label = messages.getMessage("field." + field, null, null, locale);
    if (label == null) {
      label = inWords(field);
    }
    return e.at(label);
  }

  /** {@code occurredAt} as "occurred at", {@code progress[0].count} as "count". */
  static String inWords(String field) {
    String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
    return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
