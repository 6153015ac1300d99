package org.securebase.app.kernel;

/**
 * No such record, or none this person may see: both are answered with 404, so that probing for
 * other people's record ids tells nothing.
 */
public class RecordNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String recordType, Object id) {
    super("No " + recordType + " with id " + id + ".");
  }
}
