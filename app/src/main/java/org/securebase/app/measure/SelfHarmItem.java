package org.securebase.app.measure;

import java.util.Map;
import java.util.UUID;
import org.securebase.app.journal.CrisisFlags;
import org.securebase.core.measure.Instrument;

/**
 * PHQ-9 item 9 asks about thoughts of being better off dead or of self-harm. Any answer above "not
 * at all" (0) is brought to the clinician the way self-harm language in a journal entry is: a
 * crisis flag on the client. It is a prompt to ask, not a risk assessment, and the client is shown
 * crisis help on the answer page as on every page where they write.
 */
final class SelfHarmItem {

  static final String INSTRUMENT = "phq-9";
  static final String ITEM = "9";
  static final String RULE = "phq-9 item 9 > 0";

  private SelfHarmItem() {}

  static boolean raises(Instrument instrument, Map<String, Integer> answers) {
    Integer answer = answers.get(ITEM);
    return instrument.id().equals(INSTRUMENT) && answer != null && answer > 0;
  }

  static void flagIfAnswered(
      Instrument instrument,
      Map<String, Integer> answers,
      UUID clientId,
      UUID administrationId,
      CrisisFlags flags) {
    if (raises(instrument, answers)) {
      flags.raiseForMeasure(clientId, administrationId, RULE);
    }
  }
}
