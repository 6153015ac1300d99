package org.securebase.core.attachment;

/**
 * Classifications laid over an organized one. Neither stands alone: a coding with an overlay always
 * keeps its best-fitting organized classification (U/F, CC/Ds ...).
 */
public enum Overlay {
  /** Unresolved/disorganized with respect to loss or trauma. */
  U("U", "Unresolved/disorganized"),
  /** Cannot classify: contradictory or incompatible strategies. */
  CC("CC", "Cannot classify");

  private final String code;
  private final String label;

  Overlay(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
