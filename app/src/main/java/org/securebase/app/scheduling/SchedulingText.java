package org.securebase.app.scheduling;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words of the scheduling feature, from {@code i18n/scheduling.properties}. */
@Component
class SchedulingText {

  private final MessageSource messages;

  SchedulingText(MessageSource messages) {
    this.messages = messages;
  }

  String get(String code, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(code, args, locale);
  }

  /** The words for an appointment type; a type the practice added is shown by its code. */
  String typeLabel(String code) {
    return messages.getMessage(
        "scheduling.type." + code, null, code, LocaleContextHolder.getLocale());
  }
}
