package org.securebase.app.journal;

/** The ways a client is working towards feeling more secure; a client ticks the ones they use. */
public enum Pathway {
  THERAPY("Therapy"),
  PARTNER("A steady partner"),
  FRIENDS("Close friends"),
  MENTORS("Mentors"),
  COMMUNITY("A community (faith, group, team)");

  private final String label;

  Pathway(String label) {
    this.label = label;
  }

  /** The words shown on screen. */
  public String label() {
    return label;
  }
}
