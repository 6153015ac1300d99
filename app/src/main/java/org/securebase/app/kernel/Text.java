package org.securebase.app.kernel;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence the code decides on but does not write: a message code from an {@code i18n/} bundle
 * and its arguments. Services return it, pages show it with {@code
 * th:text="${#messages.msgWithParams(t.code, t.args)}"} (or through a {@code MessageSource}), and
 * tests assert the code, so the wording can change, or a second language arrive, without Java.
 */
public record Text(String code, Object... args) implements MessageSourceResolvable {

  public Text {
    args = args == null ? new Object[0] : args.clone();
  }

  public static Text of(String code, Object... args) {
    return new Text(code, args);
  }

  @Override
  public Object[] args() {
    return args.clone();
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
  public boolean equals(Object other) {
    return other instanceof Text t && t.code.equals(code) && Arrays.equals(t.args, args);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return code + Arrays.toString(args);
  }
}
