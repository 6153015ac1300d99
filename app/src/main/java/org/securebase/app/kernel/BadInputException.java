package org.securebase.app.kernel;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that cannot be accepted; answered with 400 naming the field. The problem is a message code
 * with arguments ({@code new BadInputException("to", "measure.report.range-reversed", from, to)}),
 * resolved from the {@code i18n/} bundles where it is shown, so tests assert the code and a second
 * language needs no Java. Older callers pass an English sentence in the code's place; with no key
 * of that name it is shown as written (the default message), until it moves to a bundle.
 */
public class BadInputException extends RuntimeException implements MessageSourceResolvable {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String code;
  private final transient Object[] args;

  public BadInputException(String field, String code, Object... args) {
    super(field + ": " + code);
    this.field = field;
    this.code = code;
    this.args = args.clone();
  }

  /**
   * The same problem about another field: for checks that run before the field's name is known (a
   * value converter, a JSON deserializer), renamed where the name is known. An argument that was
   * the old field's name becomes the new one, so the sentence names the right field.
   */
  public BadInputException at(String otherField) {
    Object[] renamed = args.clone();
    for (int i = 0; i < renamed.length; i++) {
      if (field.equals(renamed[i])) {
        renamed[i] = otherField;
      }
    }
    return new BadInputException(otherField, code, renamed);
  }

  public String field() {
    return field;
  }

  /** The message code (or, from older callers, the English sentence). */
  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }

  /**
   * The problem without the field name, unresolved: the code, or an older caller's sentence. Pages
   * and the API resolve it through the message bundles instead; see {@code system.Problems}.
   */
  public String problem() {
    return code;
  }

  @Override
  public String[] getCodes() {
    return new String[] {code};
  }

  @Override
  public Object[] getArguments() {
    return args.clone();
  }

  @Override
  public String getDefaultMessage() {
    return code;
  }
}
