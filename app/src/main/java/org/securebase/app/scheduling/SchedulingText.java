package org.securebase.app.scheduling;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words of the scheduling feature, from {@code i18n/scheduling.properties}. */
@Component
class SchedulingText {

  private final MessageSource messages;
  private final CalendarRepository types;

  SchedulingText(MessageSource messages, CalendarRepository types) {
    this.messages = messages;
    this.types = types;
  }

  String get(String code, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(code, args, locale);
  }

  /**
   * The words for an appointment type: from the bundle for the three that ship, else the name the
   * practice gave it, else (never expected) its code.
   */
  String typeLabel(String code) {
    String shipped =
        messages.getMessage("scheduling.type." + code, null, null, LocaleContextHolder.getLocale());
    return shipped != null ? shipped : types.typeName(code).orElse(code);
  }
}
