package org.securebase.core.attachment;

/**
 * Thrown when a score, classification, coding or rule parameter is not valid. The message is
 * written for the person who entered the value and {@link #field()} names the offending field (for
 * example {@code LOVING[MOTHER]} or {@code subclass}) so that a form can mark it.
 */
public class InvalidEntryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidEntryException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The field the problem is about. */
  public String field() {
    return field;
  }
}
