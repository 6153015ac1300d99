package org.securebase.app.journal;

/** Which old pull fired, in plain words (a pull in the moment, never a label for the person). */
public enum Pull {
  ANXIOUS_PROTEST("Reaching hard for reassurance (protest)"),
  AVOIDANT_WITHDRAWAL("Pulling away, shutting down (withdrawal)"),
  DISORGANIZED_FREEZE_FLEE("Freezing or wanting to flee");

  private final String label;

  Pull(String label) {
    this.label = label;
  }

  /** The words shown on screen. */
  public String label() {
    return label;
  }
}
