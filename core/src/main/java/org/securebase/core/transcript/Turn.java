package org.securebase.core.transcript;

/**
 * One speaker turn of a {@link Transcript}.
 *
 * <p>{@code start} and {@code end} are UTF-16 {@link String} indices into {@link Transcript#text()}
 * ({@code end} exclusive) covering the words of the turn without its speaker prefix, so a user
 * interface can highlight them exactly. {@code question} is the interview question the turn belongs
 * to when the source said so, otherwise {@code null}.
 *
 * @param index position of the turn in the transcript, from 0
 * @param speaker who speaks
 * @param start first character of the turn's words
 * @param end one past the last character of the turn's words
 * @param question the question number given by the source, or {@code null}
 */
public record Turn(int index, Speaker speaker, int start, int end, Integer question) {

  /** Checks the offsets; a turn never has a negative or inverted span. */
  public Turn {
    if (index < 0) {
      throw new IllegalArgumentException("turn index must be >= 0: " + index);
    }
    if (speaker == null) {
      throw new IllegalArgumentException("turn " + index + ": speaker is required");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("turn " + index + ": bad span " + start + ".." + end);
    }
  }

  /** Number of UTF-16 characters covered. */
  public int length() {
    return end - start;
  }
}
