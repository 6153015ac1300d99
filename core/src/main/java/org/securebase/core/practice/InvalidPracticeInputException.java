package org.securebase.core.practice;

import java.util.List;

/**
 * Practice inputs the script writer refuses: the field, a message code for the app's bundles (with
 * its arguments) and the same problem in plain English for the command line.
 */
public final class InvalidPracticeInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String code;
  private final List<Object> arguments;

  public InvalidPracticeInputException(
      String field, String code, String english, Object... arguments) {
    super(field + ": " + english);
    this.field = field;
    this.code = code;
    this.arguments = List.of(arguments);
  }

  public String field() {
    return field;
  }

  /** Message code, e.g. {@code practice.input.aspiration.off-limits}. */
  public String code() {
    return code;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
