package org.securebase.core.plan;

/** Where an objective stands, by {@link StatusRule}. */
public enum ObjectiveStatus {
  ON_TRACK("on track"),
  BEHIND("behind"),
  MET("met"),
  LAPSED("lapsed");

  private final String words;

  ObjectiveStatus(String words) {
    this.words = words;
  }

  /** The status as it is written on screen. */
  public String words() {
    return words;
  }
}
