package org.securebase.core.attachment;

/**
 * Thrown when a coding is asked to change in a way its status forbids: a final coding is immutable
 * and changes only through a correction, and only a final coding can be corrected. A web layer
 * should report it as a conflict.
 */
public class CodingStateException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public CodingStateException(String message) {
    super(message);
  }
}
