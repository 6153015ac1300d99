package org.securebase.core.transcript;

/**
 * Input that cannot be read as a transcript: empty, binary, undecodable, too large, or with turns
 * that do not follow one of the accepted forms. The message names the line (1-based) or the JSON
 * field.
 */
public class TranscriptFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the problem and where it is. */
  public TranscriptFormatException(String message) {
    super(message);
  }
}
