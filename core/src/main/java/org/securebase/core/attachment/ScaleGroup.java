package org.securebase.core.attachment;

/** The three groups of AAI rating scales. */
public enum ScaleGroup {
  /** What the coder infers the early experience with a caregiver was like. */
  INFERRED_EXPERIENCE,
  /** How the speaker talks about attachment now. */
  STATE_OF_MIND,
  /** Lapses in the monitoring of reasoning or discourse about loss or trauma. */
  UNRESOLVED
}
