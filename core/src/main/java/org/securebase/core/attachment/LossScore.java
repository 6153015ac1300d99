package org.securebase.core.attachment;

/**
 * The unresolved-loss rating of one loss, with a short label the coder chose (for example
 * "grandfather, age 9"). A participant may have several; the highest rating counts.
 *
 * @param label short label naming the loss, at most {@value #MAX_LABEL_LENGTH} characters
 * @param score the rating, always numeric (unresolved scales have no "not scorable")
 */
public record LossScore(String label, ScaleScore score) {

  public static final int MAX_LABEL_LENGTH = 80;

  public LossScore {
    if (label == null || label.isBlank()) {
      throw new InvalidEntryException("UNRESOLVED_LOSS", "each loss needs a short label");
    }
    label = label.strip();
    String field = "UNRESOLVED_LOSS[" + label + "]";
    if (label.length() > MAX_LABEL_LENGTH) {
      throw new InvalidEntryException(
          field, "loss label is longer than " + MAX_LABEL_LENGTH + " characters");
    }
    ScaleScore.requireAllowed(AaiScale.UNRESOLVED_LOSS, field, score);
  }

  public static LossScore of(String label, double score) {
    String field = "UNRESOLVED_LOSS[" + (label == null ? "" : label.strip()) + "]";
    return new LossScore(label, ScaleScore.of(field, score));
  }
}
