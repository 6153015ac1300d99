package org.securebase.app.discourse;

import java.util.Locale;
import org.securebase.app.kernel.BadInputException;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.Turn;

/**
 * Where a correction lies in the transcript text, checked: inside one participant turn, from
 * offsets or from the words the coder typed. Bad input names the field.
 */
record CorrectionSpan(int start, int end, int turnIndex) {

  static CorrectionSpan of(Transcript t, CorrectionForm form) {
    if (form.getStart() != null || form.getEnd() != null) {
      return fromOffsets(t, form);
    }
    String words = form.getWords() == null ? "" : form.getWords().strip();
    if (words.isEmpty()) {
      throw new BadInputException("words", "discourse.correction.error.words-required");
    }
    for (Turn turn : t.turns()) {
      if (!turn.speaker().isNarrating()
          || form.getTurn() != null && form.getTurn() != turn.index()) {
        continue;
      }
      String text = t.textOf(turn).toLowerCase(Locale.ROOT);
      int at = text.indexOf(words.toLowerCase(Locale.ROOT));
      if (at >= 0) {
        return new CorrectionSpan(
            turn.start() + at, turn.start() + at + words.length(), turn.index());
      }
    }
    throw new BadInputException("words", "discourse.correction.error.words-not-found");
  }

  private static CorrectionSpan fromOffsets(Transcript t, CorrectionForm form) {
    if (form.getStart() == null
        || form.getEnd() == null
        || form.getStart() < 0
        || form.getEnd() <= form.getStart()) {
      throw new BadInputException("start", "discourse.correction.error.span");
    }
    for (Turn turn : t.turns()) {
      if (turn.speaker().isNarrating()
          && turn.start() <= form.getStart()
          && form.getEnd() <= turn.end()) {
        return new CorrectionSpan(form.getStart(), form.getEnd(), turn.index());
      }
    }
    throw new BadInputException("start", "discourse.correction.error.span");
  }
}
