package org.securebase.core.reliability;

/**
 * Thrown when ratings handed to a reliability statistic cannot be used: lists of different length,
 * an empty or blank label, a missing or non-finite rating, too few subjects or raters. The message
 * names the offending item (its zero-based index, and the subject row and rater column for
 * matrices).
 */
public class ReliabilityInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public ReliabilityInputException(String message) {
    super(message);
  }
}
