package org.securebase.app.measure;

/** Where one administration stands. Expiry is derived from the date, not stored. */
public enum AdministrationStatus {
  /** Due, nothing answered yet. */
  OPEN,
  /** Some answers saved; the client can resume. */
  IN_PROGRESS,
  /** Submitted and scored. */
  COMPLETED
}
