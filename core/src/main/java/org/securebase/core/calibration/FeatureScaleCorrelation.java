package org.securebase.core.calibration;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.securebase.core.reliability.ConfidenceInterval;

/**
 * The Spearman rank correlation of one indicator rate with one coded scale across the transcripts
 * where the scale was scored.
 *
 * @param indicator the indicator name
 * @param scale the coded scale name
 * @param n the number of transcripts with both values
 * @param rho Spearman's rho (Pearson correlation of mid-ranks, as R's {@code cor(method =
 *     "spearman")}); empty when fewer than 4 pairs remain or either variable is constant
 * @param interval Fisher z interval with the Bonett-Wright (2000) standard error sqrt((1 + rho^2 /
 *     2) / (n - 3)); empty whenever rho is
 */
public record FeatureScaleCorrelation(
    String indicator,
    String scale,
    int n,
    OptionalDouble rho,
    Optional<ConfidenceInterval> interval) {

  public FeatureScaleCorrelation {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(rho, "rho");
    Objects.requireNonNull(interval, "interval");
  }
}
