package org.securebase.core.practice;

/**
 * One spoken sentence of a practice and the silence after it.
 *
 * @param text the words spoken
 * @param templateId the template it came from
 * @param reason the input that chose it, in the data file's terms ({@code always}, {@code
 *     pull=ANXIOUS_PROTEST}, {@code style=GROUNDING & length=10/15})
 * @param source the evidence mark: source numbers and/or {@code editorial}
 * @param speechSeconds how long the sentence takes to say at the chosen pace (an estimate until the
 *     audio is rendered)
 * @param pauseWeight the template's weight for the silence after it (0 = a breath only)
 * @param pauseSeconds the silence after it
 */
public record ScriptSentence(
    String text,
    String templateId,
    String reason,
    String source,
    double speechSeconds,
    int pauseWeight,
    double pauseSeconds) {

  /** The same sentence with other timings (once the real speech length is known). */
  public ScriptSentence timed(double speech, double pause) {
    return new ScriptSentence(text, templateId, reason, source, speech, pauseWeight, pause);
  }
}
