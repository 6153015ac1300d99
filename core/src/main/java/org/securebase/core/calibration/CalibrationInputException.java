package org.securebase.core.calibration;

/**
 * Thrown when calibration input cannot be used: mismatched dimensions, a missing or non-finite
 * rate, an unclassified transcript, an invalid policy, or a logistic fit that cannot converge. The
 * message names the transcript, indicator or scale concerned.
 */
public class CalibrationInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public CalibrationInputException(String message) {
    super(message);
  }
}
