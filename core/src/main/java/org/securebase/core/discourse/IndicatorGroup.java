package org.securebase.core.discourse;

/**
 * The four descriptive groups the profile sums indicators into. A group rate describes how often a
 * kind of discourse occurs; it is never a classification of the speaker.
 */
public enum IndicatorGroup {
  /** Indicators that dismissing transcripts tend to show more often. */
  DISMISSING_LEANING("dismissing_leaning", "dismissing-leaning"),
  /** Indicators that preoccupied transcripts tend to show more often. */
  PREOCCUPIED_LEANING("preoccupied_leaning", "preoccupied-leaning"),
  /** Indicators that unresolved transcripts tend to show more often. */
  UNRESOLVED_LEANING("unresolved_leaning", "unresolved-leaning"),
  /** Indicators that support coherence. */
  COHERENCE_SUPPORTING("coherence_supporting", "coherence-supporting");

  private final String id;
  private final String label;

  IndicatorGroup(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** Stable identifier used in JSON. */
  public String id() {
    return id;
  }

  /** Human-readable label. */
  public String label() {
    return label;
  }
}
