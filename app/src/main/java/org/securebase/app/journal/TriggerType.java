package org.securebase.app.journal;

/** What set off an activation. */
public enum TriggerType {
  LOSS("A loss"),
  HEALTH("Health"),
  CONFLICT("Conflict"),
  SEPARATION("Being apart or left"),
  OTHER("Something else");

  private final String label;

  TriggerType(String label) {
    this.label = label;
  }

  /** The words shown on screen. */
  public String label() {
    return label;
  }
}
