package org.securebase.core.reliability;

import java.util.List;

/**
 * All six Shrout and Fleiss intraclass correlations for one subjects-by-raters matrix, with the
 * mean squares they were computed from. Immutable.
 *
 * @param subjects the number of subjects (rows), n
 * @param raters the number of raters (columns), k
 * @param msb the between-subjects mean square
 * @param msw the within-subjects mean square of the one-way model, (SSJ + SSE) / (n (k - 1))
 * @param msj the between-raters mean square
 * @param mse the residual mean square of the two-way model
 * @param estimates one estimate per form, in {@link IccForm} order
 * @param method a one-line statement of the method, for display and export
 */
public record IccReport(
    int subjects,
    int raters,
    double msb,
    double msw,
    double msj,
    double mse,
    List<IccEstimate> estimates,
    String method) {

  public IccReport {
    estimates = List.copyOf(estimates);
  }

  /** The estimate for the given form. */
  public IccEstimate get(IccForm form) {
    return estimates.stream()
        .filter(e -> e.form() == form)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no estimate for " + form));
  }

  /** The estimate in the default form, {@link IccForm#ICC2}. */
  public IccEstimate preferred() {
    return get(IccForm.DEFAULT);
  }
}
