package org.securebase.core.attachment;

/**
 * Outcome of the prospective definition for one participant. It is a separate flag from the
 * retrospective {@link EarnedStatus} and is never merged with it.
 */
public enum ProspectiveStatus {
  /** Insecure (A, C or D) as an infant and F as an adult. */
  EARNED,
  /** Secure (B) in every infant classification considered and F as an adult. */
  CONTINUOUS,
  /** Adult classification is not F. */
  NOT_SECURE,
  /** No infant classification (with the caregiver the rule asks for). */
  NO_INFANT_DATA,
  /** The adult coding has no classification. */
  NO_ADULT_CLASSIFICATION
}
