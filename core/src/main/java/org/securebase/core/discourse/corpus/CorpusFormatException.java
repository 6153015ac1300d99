package org.securebase.core.discourse.corpus;

/**
 * A corpus source or JSON Lines file that cannot be read; the message names file, line and item.
 */
public final class CorpusFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorpusFormatException(String message) {
    super(message);
  }
}
