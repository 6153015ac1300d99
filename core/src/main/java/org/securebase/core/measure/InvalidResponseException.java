package org.securebase.core.measure;

/**
 * A response set does not fit its instrument definition: an answer out of range, an unknown item,
 * or a different instrument or version. The message names the answer key concerned.
 */
public class InvalidResponseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidResponseException(String message) {
    super(message);
  }
}
