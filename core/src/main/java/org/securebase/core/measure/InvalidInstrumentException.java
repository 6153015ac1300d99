package org.securebase.core.measure;

import java.util.List;

/**
 * An instrument definition is malformed. The message names the instrument and every problem found
 * (unknown item ids in a subscale, a recoding that misses an answer, a duplicate id).
 */
public class InvalidInstrumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidInstrumentException(String source, List<String> problems) {
    super("invalid instrument definition " + source + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem found, in the order checked. */
  public List<String> problems() {
    return problems;
  }
}
