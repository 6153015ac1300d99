package org.securebase.core.calibration;

import java.util.List;
import java.util.Objects;

/**
 * A full calibration report: the rank correlation of every indicator with every coded scale, and
 * the cross-validated secure-versus-insecure model, with the policy that produced them. Immutable.
 *
 * @param correlations one entry per indicator and scale, indicators in study order, scales within
 * @param model the cross-validated logistic model on all indicators
 */
public record CalibrationReport(
    int transcripts,
    int secure,
    int insecure,
    CalibrationPolicy policy,
    List<FeatureScaleCorrelation> correlations,
    CrossValidation model)
    implements CalibrationOutcome {

  public CalibrationReport {
    correlations = List.copyOf(correlations);
    Objects.requireNonNull(model, "model");
  }

  /** The correlation of one indicator with one scale. */
  public FeatureScaleCorrelation correlation(String indicator, String scale) {
    return correlations.stream()
        .filter(c -> c.indicator().equals(indicator) && c.scale().equals(scale))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no correlation for " + indicator + " ~ " + scale));
  }
}
