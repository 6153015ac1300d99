package org.securebase.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.securebase.app.kernel.BadInputException;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after NIST SP 800-63B (2017, section 5.1.1.2): long enough, not on a
 * list of common or breached passwords, and no composition rules. Checked with Passay.
 *
 * <p>bcrypt reads only the first 72 bytes of a password, so a longer one would silently be cut; it
 * is refused with a sentence instead (a 73-byte password is a 400 on the web and exit 1 on the
 * command line, never a stack trace).
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  /** bcrypt's limit, in UTF-8 bytes. */
  public static final int MAX_BYTES = 72;

  private final PasswordValidator length = new PasswordValidator(new LengthRule(MIN_LENGTH, 4096));
  private final PasswordValidator common;

  PasswordPolicy() {
    ArrayWordList words = new ArrayWordList(load(), false, new ArraysSort());
    common = new PasswordValidator(new DictionaryRule(new WordListDictionary(words)));
  }

  /** Throws {@link BadInputException} naming {@code field} when the password is not acceptable. */
  public void check(String field, String password) {
    if (password == null || !length.validate(new PasswordData(password)).isValid()) {
      throw new BadInputException(field, "use at least " + MIN_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new BadInputException(
          field,
          "use at most "
              + MAX_BYTES
              + " bytes (72 plain letters; accented letters and emoji take 2 to 4 bytes each)");
    }
    if (isCommon(password)) {
      throw new BadInputException(
          field, "this password is on a list of common or breached passwords: choose another");
    }
  }

  /**
   * Whether the password, or the password without digits and punctuation at its end (people
   * lengthen a common word with "123!"), is on the list.
   */
  boolean isCommon(String password) {
    String lower = password.toLowerCase(java.util.Locale.ROOT);
    String core = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
    RuleResult whole = common.validate(new PasswordData(lower));
    if (!whole.isValid()) {
      return true;
    }
    return core.length() >= 4 && !common.validate(new PasswordData(core)).isValid();
  }

  private static String[] load() {
    List<String> words = new ArrayList<>();
    try (InputStream in =
            PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words.toArray(String[]::new);
  }
}
