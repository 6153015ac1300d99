package org.securebase.app.kernel;

/** Input that cannot be accepted; answered with 400 and a message that names the field. */
public class BadInputException extends RuntimeException {

  private final String field;

  public BadInputException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** The problem without the field name, for showing beside the field on a form. */
  public String problem() {
    return getMessage().substring(field.length() + 2);
  }
}
