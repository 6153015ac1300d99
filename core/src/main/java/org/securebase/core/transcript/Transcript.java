package org.securebase.core.transcript;

import java.util.List;
import java.util.Objects;

/**
 * An immutable transcript: the original text and its speaker turns in order.
 *
 * <p>Every offset (of a turn, and of anything found later in it) is a UTF-16 {@link String} index
 * into {@link #text()}. For a transcript read from JSON the text is a prefixed rendering of the
 * turns ({@code Interviewer: ...} / {@code Participant: ...}, one blank line between turns).
 * Instances are immutable and safe to share between threads.
 *
 * @param text the text all offsets point into
 * @param turns the turns in order; {@code turns.get(i).index() == i}
 */
public record Transcript(String text, List<Turn> turns) {

  /** Checks that each turn lies inside the text and turns are indexed in order. */
  public Transcript {
    Objects.requireNonNull(text, "text");
    turns = List.copyOf(turns);
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      if (turn.index() != i) {
        throw new IllegalArgumentException("turn " + i + " has index " + turn.index());
      }
      if (turn.end() > text.length()) {
        throw new IllegalArgumentException("turn " + i + " ends past the text");
      }
    }
  }

  /** A plain narrative: the whole text as one narrator turn (trimmed of surrounding blanks). */
  public static Transcript narrative(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Transcript(text, List.of(new Turn(0, Speaker.NARRATOR, start, end, null)));
  }

  /** The words of one turn. */
  public String textOf(Turn turn) {
    return text.substring(turn.start(), turn.end());
  }

  /** The question in effect for a turn: its own number, else the last number given before it. */
  public Integer questionInEffect(int turnIndex) {
    for (int i = turnIndex; i >= 0; i--) {
      Integer question = turns.get(i).question();
      if (question != null) {
        return question;
      }
    }
    return null;
  }
}
