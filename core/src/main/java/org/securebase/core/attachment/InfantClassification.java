package org.securebase.core.attachment;

/**
 * An infant's Strange Situation classification with one caregiver, entered or imported as study
 * data.
 *
 * @param category A, B, C or D
 * @param caregiver the caregiver in the procedure
 * @param ageMonths the infant's age in months, above 0 and at most {@value #MAX_AGE_MONTHS}
 */
public record InfantClassification(InfantCategory category, Parent caregiver, double ageMonths) {

  /** Oldest accepted age; preschool adaptations of the procedure reach about six years. */
  public static final double MAX_AGE_MONTHS = 84;

  public InfantClassification {
    if (category == null) {
      throw new InvalidEntryException("infantClassification", "A, B, C or D is required");
    }
    if (caregiver == null) {
      throw new InvalidEntryException("caregiver", "the caregiver in the procedure is required");
    }
    if (!Double.isFinite(ageMonths) || ageMonths <= 0 || ageMonths > MAX_AGE_MONTHS) {
      throw new InvalidEntryException(
          "ageMonths",
          "age " + ageMonths + " months is outside 0 to " + (int) MAX_AGE_MONTHS + " months");
    }
  }
}
