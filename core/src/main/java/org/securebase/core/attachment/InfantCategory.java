package org.securebase.core.attachment;

/** Strange Situation classifications of an infant with one caregiver. */
public enum InfantCategory {
  A("Avoidant"),
  B("Secure"),
  C("Resistant"),
  D("Disorganized");

  private final String label;

  InfantCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A, C and D are the insecure classifications the prospective definition looks for. */
  public boolean isInsecure() {
    return this != B;
  }

  /** Looks up A, B, C or D, ignoring case. */
  public static InfantCategory fromCode(String code) {
    for (InfantCategory c : values()) {
      if (c.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return c;
      }
    }
    throw new InvalidEntryException(
        "infantClassification", "\"" + code + "\" is not a Strange Situation class (A, B, C or D)");
  }
}
