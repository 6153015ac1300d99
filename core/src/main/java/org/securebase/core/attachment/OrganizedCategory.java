package org.securebase.core.attachment;

import java.util.regex.Pattern;

/**
 * The three organized AAI classifications. Each has numbered subclasses (F1-F5, Ds1-Ds4, E1-E3); a
 * subclass may carry a letter as entered by the coder (F3a, F3b), which is recorded but never
 * interpreted.
 */
public enum OrganizedCategory {
  /** Secure-autonomous. */
  F("F", "Secure-autonomous", 5),
  /** Dismissing. */
  DS("Ds", "Dismissing", 4),
  /** Preoccupied. */
  E("E", "Preoccupied", 3);

  private final String code;
  private final String label;
  private final int subclassCount;
  private final Pattern subclassPattern;

  OrganizedCategory(String code, String label, int subclassCount) {
    this.code = code;
    this.label = label;
    this.subclassCount = subclassCount;
    this.subclassPattern = Pattern.compile("(?i)" + code + "([1-" + subclassCount + "])([a-z]?)");
  }

  /** The conventional letter code: F, Ds or E. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** How many numbered subclasses the category has. */
  public int subclassCount() {
    return subclassCount;
  }

  /**
   * Normalises a subclass entry (for example {@code f3B} to {@code F3b}).
   *
   * @throws InvalidEntryException if it is not a subclass of this category
   */
  public String normaliseSubclass(String entered) {
    var m = subclassPattern.matcher(entered == null ? "" : entered.strip());
    if (!m.matches()) {
      throw new InvalidEntryException(
          "subclass",
          "\""
              + entered
              + "\" is not a subclass of "
              + code
              + " (expected "
              + code
              + "1 to "
              + code
              + subclassCount
              + ", optionally followed by a letter)");
    }
    return code + m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT);
  }

  /** Looks up F, Ds or E, ignoring case. */
  public static OrganizedCategory fromCode(String code) {
    for (OrganizedCategory c : values()) {
      if (c.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
        return c;
      }
    }
    throw new InvalidEntryException(
        "classification", "\"" + code + "\" is not an organized classification (F, Ds or E)");
  }
}
