package org.securebase.app.journal;

/** How turning to someone went. */
public enum SupportOutcome {
  HELPED("It helped"),
  PARTLY("It helped a little"),
  DID_NOT_HELP("It did not help this time");

  private final String label;

  SupportOutcome(String label) {
    this.label = label;
  }

  /** The words shown on screen. */
  public String label() {
    return label;
  }
}
