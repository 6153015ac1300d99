package org.securebase.core.reliability;

/**
 * The six intraclass correlation forms of Shrout and Fleiss (1979), named as R's {@code psych::ICC}
 * names them. Single-rater forms describe the reliability of one coder's score; average forms
 * describe the mean of all the coders in the matrix.
 */
public enum IccForm {
  /** One-way random effects, absolute agreement, single rater: ICC(1,1). */
  ICC1("ICC1", "Single_raters_absolute", "one-way random, absolute agreement, single rater"),
  /** Two-way random effects, absolute agreement, single rater: ICC(2,1); the default. */
  ICC2("ICC2", "Single_random_raters", "two-way random, absolute agreement, single rater"),
  /** Two-way mixed effects, consistency, single rater: ICC(3,1). */
  ICC3("ICC3", "Single_fixed_raters", "two-way mixed, consistency, single rater"),
  /** One-way random effects, absolute agreement, mean of k raters: ICC(1,k). */
  ICC1K("ICC1k", "Average_raters_absolute", "one-way random, absolute agreement, mean of k raters"),
  /** Two-way random effects, absolute agreement, mean of k raters: ICC(2,k). */
  ICC2K("ICC2k", "Average_random_raters", "two-way random, absolute agreement, mean of k raters"),
  /** Two-way mixed effects, consistency, mean of k raters: ICC(3,k). */
  ICC3K("ICC3k", "Average_fixed_raters", "two-way mixed, consistency, mean of k raters");

  /** The form reliability reports use unless the user picks another. */
  public static final IccForm DEFAULT = ICC2;

  private final String psychType;
  private final String psychRowName;
  private final String description;

  IccForm(String psychType, String psychRowName, String description) {
    this.psychType = psychType;
    this.psychRowName = psychRowName;
    this.description = description;
  }

  /** The label in psych's {@code type} column, for example {@code ICC2k}. */
  public String psychType() {
    return psychType;
  }

  /** psych's row name for the form, for example {@code Single_random_raters}. */
  public String psychRowName() {
    return psychRowName;
  }

  /** The model, definition and unit of the form in plain words. */
  public String description() {
    return description;
  }
}
