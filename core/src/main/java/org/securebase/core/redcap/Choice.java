package org.securebase.core.redcap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One choice of a radio, dropdown or checkbox field: its raw code and its label. */
public record Choice(String code, String label) {

  private static final Pattern CODE = Pattern.compile("-?[A-Za-z0-9_.]{1,40}");

  /** Parses REDCap's "1, Mother | 2, Father" form; a problem names what is wrong. */
  static List<Choice> parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a choice field needs its choices, e.g. 1, Yes | 0, No");
    }
    List<Choice> choices = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (String part : text.split("\\|")) {
      int comma = part.indexOf(',');
      if (comma < 0) {
        throw new IllegalArgumentException(
            "choice \"" + part.strip() + "\" needs a code, a comma and a label");
      }
      String code = part.substring(0, comma).strip();
      String label = part.substring(comma + 1).strip();
      if (!CODE.matcher(code).matches() || label.isEmpty()) {
        throw new IllegalArgumentException(
            "choice \"" + part.strip() + "\" needs a code (letters, digits) and a label");
      }
      if (!codes.add(code)) {
        throw new IllegalArgumentException("choice code " + code + " comes twice");
      }
      choices.add(new Choice(code, label));
    }
    return choices;
  }

  /** SecureBase's "1=Mother|2=Father" form. */
  static String allowedValues(List<Choice> choices) {
    return String.join("|", choices.stream().map(c -> c.code() + "=" + c.label()).toList());
  }
}
