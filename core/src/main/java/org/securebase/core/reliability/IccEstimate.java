package org.securebase.core.reliability;

import java.util.Objects;

/**
 * One intraclass correlation with the F test and confidence interval that {@code psych::ICC}
 * reports beside it.
 *
 * @param form which of the six Shrout and Fleiss forms this is
 * @param value the intraclass correlation
 * @param f the F statistic (MSB/MSW for the one-way forms, MSB/MSE for the others)
 * @param df1 numerator degrees of freedom of the F test
 * @param df2 denominator degrees of freedom of the F test
 * @param p the upper-tail p value of the F test
 * @param interval the F-based confidence interval as psych computes it (for ICC2 and ICC2k the
 *     Satterthwaite-style approximation of Shrout and Fleiss)
 */
public record IccEstimate(
    IccForm form,
    double value,
    double f,
    double df1,
    double df2,
    double p,
    ConfidenceInterval interval) {

  public IccEstimate {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(interval, "interval");
  }
}
