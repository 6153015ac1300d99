package org.securebase.core.practice;

import java.util.List;
import java.util.Objects;

/**
 * A guided practice as a script: the sentences in order, each with its template, reason, source and
 * the pause after it, sized so that the whole lasts the chosen minutes. Immutable.
 *
 * @param templateVersion the version of the template file that wrote it
 * @param inputs what it was written from
 * @param sentences the sentences in speaking order
 * @param closingSeconds the time after the last pause for the bell and the fade out
 */
public record PracticeScript(
    String templateVersion,
    PracticeInputs inputs,
    List<ScriptSentence> sentences,
    double closingSeconds) {

  public PracticeScript {
    Objects.requireNonNull(templateVersion, "templateVersion");
    Objects.requireNonNull(inputs, "inputs");
    sentences = List.copyOf(sentences);
  }

  /** The chosen length in seconds. */
  public int targetSeconds() {
    return inputs.minutes() * 60;
  }

  /** Speech plus pauses plus the closing, as the script currently sizes them. */
  public double totalSeconds() {
    return sentences.stream().mapToDouble(s -> s.speechSeconds() + s.pauseSeconds()).sum()
        + closingSeconds;
  }

  /** The words alone, one sentence a line: the transcript shown beside the audio. */
  public String transcript() {
    return String.join("\n", sentences.stream().map(ScriptSentence::text).toList());
  }

  /**
   * The same script with the real speech lengths (seconds per sentence, in order, from the
   * synthesizer) and its pauses sized again so the total still hits the target.
   */
  public PracticeScript withSpeechSeconds(List<Double> speech) {
    if (speech.size() != sentences.size()) {
      throw new IllegalArgumentException(
          "need " + sentences.size() + " speech lengths, got " + speech.size());
    }
    return new PracticeScript(
        templateVersion,
        inputs,
        PauseFit.fit(sentences, speech, targetSeconds() - closingSeconds),
        closingSeconds);
  }
}
