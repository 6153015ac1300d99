package org.securebase.app.kernel;

/**
 * An edit was made to an older version of a record than the one stored; answered with 409. The
 * stored record is unchanged and the person's input is shown back to them, so nothing is lost.
 */
public class StaleEditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleEditException(String recordType, Object id) {
    super(
        "This "
            + recordType
            + " was changed by someone else after you opened it. Your changes were not saved;"
            + " reload to see the current version, then apply your changes again.");
  }
}
