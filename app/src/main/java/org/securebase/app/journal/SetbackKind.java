package org.securebase.app.journal;

/** What kind of hard time a setback was. */
public enum SetbackKind {
  LOSS("A major loss"),
  HEALTH("A health crisis"),
  RELATIONSHIP("Relationship trouble"),
  OTHER("Another hard time");

  private final String label;

  SetbackKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
