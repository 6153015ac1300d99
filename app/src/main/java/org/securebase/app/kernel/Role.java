package org.securebase.app.kernel;

/**
 * What a person may see. Each role sees only what its work needs; no role but CLINICIAN and CLIENT
 * reads a client's clinical record, and those only their own caseload or their own space.
 */
public enum Role {
  /** Manages accounts and reads the audit trail; reads no clinical content. */
  ADMIN,
  /** Sees only the clients assigned to them. */
  CLINICIAN,
  /** Sees only the transcripts assigned to them. */
  CODER,
  /** Sees only de-identified data of their studies. */
  RESEARCHER,
  /** Sees only their own space. */
  CLIENT;

  public String authority() {
    return "ROLE_" + name();
  }

  /** The message that names this role on a page ({@code role.CLINICIAN} ...). */
  public String messageKey() {
    return "role." + name();
  }
}
