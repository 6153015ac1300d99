package org.securebase.app.wiki;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securebase.core.phi.PhiFinding;
import org.securebase.core.phi.PhiGuard;
import org.securebase.core.phi.PhiKind;
import org.securebase.core.phi.PhiReport;
import org.securebase.core.phi.Replacement;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The wiki's sentences from its message bundle, and the PHI guard applied to form fields. */
@Component
class WikiTexts {

  private final MessageSource messages;
  private final PhiGuard guard;

  WikiTexts(MessageSource messages, PhiGuard guard) {
    this.messages = messages;
    this.guard = guard;
  }

  String text(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  /**
   * Checks every field before anything is stored; throws {@link PhiRefusedException} naming each
   * finding. A credit name is the suggester's own name, so a person's name is allowed there, and a
   * source field may hold authors and links.
   *
   * @param fields field name to its text, in form order; null or blank texts are skipped
   */
  void guard(Map<String, String> fields) {
    List<PhiRefusedException.Refusal> refusals = new ArrayList<>();
    Map<String, String> wording = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String value = field.getValue();
      if (value == null || value.isBlank()) {
        continue;
      }
      boolean source = field.getKey().startsWith("newSource");
      PhiReport report = guard.check(value, source ? PhiGuard.Field.SOURCE : PhiGuard.Field.TEXT);
      List<PhiFinding> kept =
          report.findings().stream()
              .filter(f -> !(field.getKey().equals("creditName") && f.kind() == PhiKind.PERSON))
              .toList();
      for (PhiFinding f : kept) {
        refusals.add(
            new PhiRefusedException.Refusal(field.getKey(), f.kind().code(), f.start(), f.end()));
      }
      if (!kept.isEmpty()) {
        wording.put(field.getKey(), new PhiReport(kept).deidentified(value, this::replacement));
      }
    }
    if (!refusals.isEmpty()) {
      throw new PhiRefusedException(refusals, wording);
    }
  }

  String replacement(Replacement r) {
    return text("wiki.phi.replacement." + r.name());
  }
}
