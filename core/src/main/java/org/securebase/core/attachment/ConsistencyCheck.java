package org.securebase.core.attachment;

/** The rules of thumb that compare a coder's classification with the coder's own scale scores. */
public enum ConsistencyCheck {
  /** F entered while coherence of mind is low. */
  SECURE_WITH_LOW_COHERENCE,
  /** Ds or E entered while coherence of mind is high. */
  INSECURE_WITH_HIGH_COHERENCE,
  /** No U overlay although an unresolved score is high. */
  UNRESOLVED_NOT_ENTERED,
  /** U overlay entered although every unresolved score is low. */
  UNRESOLVED_WITH_LOW_SCORES,
  /** Dismissing-leaning scores with low coherence, but Ds not entered. */
  DISMISSING_LEANING,
  /** Preoccupied-leaning scores with low coherence, but E not entered. */
  PREOCCUPIED_LEANING
}
