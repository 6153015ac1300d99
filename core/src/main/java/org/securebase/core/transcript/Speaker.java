package org.securebase.core.transcript;

/** Who is speaking in a turn. A plain narrative (a journal entry) has a single narrator turn. */
public enum Speaker {
  /** The interviewer asking the questions. */
  INTERVIEWER,
  /** The person interviewed: the one whose discourse is analyzed. */
  PARTICIPANT,
  /** The writer of an unprefixed narrative, analyzed like a participant. */
  NARRATOR;

  /** True for the speakers whose own words are analyzed (participant and narrator). */
  public boolean isNarrating() {
    return this != INTERVIEWER;
  }
}
