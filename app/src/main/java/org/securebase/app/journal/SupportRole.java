package org.securebase.app.journal;

/** Who a client turned to, by role; never a name. */
public enum SupportRole {
  PARTNER("Partner"),
  FRIEND("Friend"),
  THERAPIST("Therapist"),
  MENTOR("Mentor"),
  FAMILY("Family member"),
  COMMUNITY("Someone from a community");

  private final String label;

  SupportRole(String label) {
    this.label = label;
  }

  /** The words shown on screen. */
  public String label() {
    return label;
  }
}
