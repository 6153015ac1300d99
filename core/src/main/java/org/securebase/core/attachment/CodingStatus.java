package org.securebase.core.attachment;

/** Where a coding is in its life: a draft can still change; a final coding never does. */
public enum CodingStatus {
  DRAFT,
  FINAL
}
