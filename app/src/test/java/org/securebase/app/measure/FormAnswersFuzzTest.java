package org.securebase.app.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securebase.app.kernel.BadInputException;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.InstrumentCatalog;

/**
 * Any form fields sent for a measure are read as whole-number answers or refused with a 400 that
 * names the field ({@code q.<answer key>}); nothing else may escape. Byte 0 picks the instrument,
 * the rest, split at each NUL, are the values of its fields in order. In the normal build this runs
 * the seeds under {@code FormAnswersFuzzTestInputs/} (regression mode); fuzz with {@code
 * JAZZER_FUZZ=1}.
 */
class FormAnswersFuzzTest {

  private static final List<Instrument> INSTRUMENTS = InstrumentCatalog.builtIn().all();

  @FuzzTest(maxDuration = "60s")
  void anyFormFieldsAreReadOrRefusedNamingTheField(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    Instrument instrument = INSTRUMENTS.get(Byte.toUnsignedInt(bytes[0]) % INSTRUMENTS.size());
    String[] values =
        new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8).split("\0", -1);
    Map<String, String> params = new HashMap<>();
    List<String> keys = instrument.answerKeys();
    for (int i = 0; i < values.length && i < keys.size(); i++) {
      params.put(AnswerParsing.PREFIX + keys.get(i), values[i]);
    }
    Map<String, Integer> answers;
    try {
      answers = AnswerParsing.fromForm(instrument, params);
    } catch (BadInputException refused) {
      assertThat(refused.field()).startsWith(AnswerParsing.PREFIX);
      return;
    }
    assertThat(keys).containsAll(answers.keySet());
  }
}
