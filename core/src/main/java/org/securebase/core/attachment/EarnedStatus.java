package org.securebase.core.attachment;

/** Outcome of the retrospective earned-security rule for one coding. */
public enum EarnedStatus {
  /** Secure now, with adverse inferred experience with at least one parent. */
  EARNED,
  /** Secure now, and the experience with both parents was rated and not adverse. */
  CONTINUOUS,
  /** Secure now (or security unknown), but a scale the rule needs was not scorable or not rated. */
  UNDETERMINED,
  /** Not secure, so neither earned nor continuous. */
  NOT_SECURE
}
