package org.securebase.core.attachment;

import java.util.Locale;

/**
 * A parent or other caregiver about whom per-parent scales are rated. {@link #MOTHER} and {@link
 * #FATHER} are the two the earned-security rule looks at; other caregivers (for example a
 * grandmother who raised the speaker) can be named and are stored, but the rule ignores them.
 *
 * <p>The name is kept trimmed and upper-case so that "mother" and "MOTHER" are the same parent.
 */
public record Parent(String name) {

  public static final Parent MOTHER = new Parent("MOTHER");
  public static final Parent FATHER = new Parent("FATHER");

  /** Longest accepted caregiver name. */
  public static final int MAX_NAME_LENGTH = 40;

  public Parent {
    if (name == null || name.isBlank()) {
      throw new InvalidEntryException("parent", "a parent or caregiver needs a name");
    }
    name = name.strip().toUpperCase(Locale.ROOT);
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InvalidEntryException(
          "parent", "caregiver name is longer than " + MAX_NAME_LENGTH + " characters");
    }
  }

  public static Parent of(String name) {
    return new Parent(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
