package org.securebase.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measure inputs that come from outside: answers (from a form, the API or a file for {@code
 * securebase score}) and an item-wording file an administrator imports. Any input is scored or
 * applied, or refused with the exception that names what is wrong; nothing else may escape. In the
 * normal build this runs the seeds under {@code MeasureInputFuzzTestInputs/} (regression mode);
 * fuzz with {@code JAZZER_FUZZ=1}.
 */
class MeasureInputFuzzTest {

  private static final List<Instrument> INSTRUMENTS = InstrumentCatalog.builtIn().all();

  private static Instrument pick(byte b) {
    return INSTRUMENTS.get(Byte.toUnsignedInt(b) % INSTRUMENTS.size());
  }

  /**
   * Byte 0 picks the instrument; then pairs of bytes are (answer key, answer): a key index past the
   * instrument's keys makes a key it does not have, an answer is any signed byte.
   */
  @FuzzTest(maxDuration = "60s")
  void anyAnswersAreScoredOrRefusedNamingTheItem(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    Instrument instrument = pick(bytes[0]);
    List<String> keys = instrument.answerKeys();
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (int i = 1; i + 1 < bytes.length; i += 2) {
      int k = Byte.toUnsignedInt(bytes[i]);
      String key = k < keys.size() ? keys.get(k) : "no-such-item-" + k;
      answers.put(key, (int) bytes[i + 1]);
    }
    List<String> order = new ArrayList<>(keys);
    if (bytes.length % 2 == 0 && !order.isEmpty()) {
      // Sometimes an item order that is not the definition's: one key left out.
      order.remove(order.size() - 1);
    }
    ScoreSheet sheet;
    try {
      ResponseSet responses =
          new ResponseSet(instrument.id(), instrument.version(), order, answers);
      sheet = Scorer.score(instrument, responses);
    } catch (InvalidResponseException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    for (Score score : sheet.scores()) {
      assertThat(score.answered()).isNotNegative();
      if (!score.isMissing()) {
        assertThat(score.value()).isFinite();
      }
    }
  }

  /** Byte 0 picks the instrument; the rest is the wording file's text. */
  @FuzzTest(maxDuration = "60s")
  void anyWordingFileIsAppliedOrRefusedNamingTheProblem(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    Instrument instrument = pick(bytes[0]);
    String json = new String(Arrays.copyOfRange(bytes, 1, bytes.length), StandardCharsets.UTF_8);
    Instrument applied;
    try {
      applied = ItemWordingImport.apply(instrument, json);
    } catch (WordingImportException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(applied.id()).isEqualTo(instrument.id());
    assertThat(applied.wordingSource()).isEqualTo(WordingSource.IMPORTED);
    assertThat(applied.answerKeys()).isEqualTo(instrument.answerKeys());
  }
}
