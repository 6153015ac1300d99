package org.securebase.app.crypto;

/**
 * The deployment's keys are missing, unreadable or do not belong to this database. Start-up stops
 * with this message rather than run without encryption or with the wrong key.
 */
public class KeyProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String action;

  public KeyProblemException(String problem, String action) {
    super(problem);
    this.action = action;
  }

  public KeyProblemException(String problem, String action, Throwable cause) {
    super(problem, cause);
    this.action = action;
  }

  /** What the operator should do about it. */
  public String action() {
    return action;
  }
}
