package org.securebase.app.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.securebase.app.kernel.BadInputException;
import org.securebase.core.measure.Instrument;

/**
 * Reads answers from form fields named {@code q.<answer key>} ({@code q.mother.1}). A blank field
 * is a missing answer; anything that is not a whole number is refused naming the field.
 */
final class AnswerParsing {

  static final String PREFIX = "q.";

  private AnswerParsing() {}

  static Map<String, Integer> fromForm(Instrument instrument, Map<String, String> params) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (String key : instrument.answerKeys()) {
      String raw = params.get(PREFIX + key);
      if (raw == null || raw.isBlank()) {
        continue;
      }
      try {
        answers.put(key, Integer.parseInt(raw.strip()));
      } catch (NumberFormatException e) {
        throw new BadInputException(PREFIX + key, "'" + raw + "' is not one of the answers");
      }
    }
    return answers;
  }
}
