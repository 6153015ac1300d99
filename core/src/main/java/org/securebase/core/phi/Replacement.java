package org.securebase.core.phi;

/**
 * The de-identified wording suggested in place of an identifier. The app shows each in the reader's
 * language from its message bundle; {@link #english()} is the wording the command line and the
 * tests use.
 */
public enum Replacement {
  /** "a client" or "a person" instead of a name. */
  PERSON("[a person]"),
  /** "a town" instead of a place smaller than a state. */
  PLACE("[a town]"),
  /** The year alone, or "at one point", instead of a precise date. */
  DATE("[at one point]"),
  /** "90 or older", the Safe Harbor aggregate, instead of an age over 89. */
  AGE("[90 or older]"),
  /** Nothing: a number is never needed in the library. */
  PHONE("[number removed]"),
  /** Nothing: an address is never needed in the library. */
  EMAIL("[address removed]"),
  /** The source field is where a web address belongs. */
  URL("[link removed: put it in the source field]"),
  /** Nothing: an identifying number is never needed in the library. */
  ID_NUMBER("[number removed]"),
  /** The pattern in general terms, without age, work, place or time. */
  GENERAL_PATTERN(
      "[describe the pattern across clients, without age, work, place, family or time]");

  private final String english;

  Replacement(String english) {
    this.english = english;
  }

  public String english() {
    return english;
  }

  static Replacement forKind(PhiKind kind) {
    return switch (kind) {
      case PERSON -> PERSON;
      case PLACE -> PLACE;
      case DATE -> DATE;
      case AGE -> AGE;
      case PHONE -> PHONE;
      case EMAIL -> EMAIL;
      case URL -> URL;
      case ID_NUMBER -> ID_NUMBER;
      case CLINICAL_ANECDOTE -> GENERAL_PATTERN;
    };
  }
}
