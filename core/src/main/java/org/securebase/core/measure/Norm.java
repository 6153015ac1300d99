package org.securebase.core.measure;

/**
 * A published mean and standard deviation for a population, used only for clinical-significance
 * cut-offs. Norms are data with a citation; the product never invents one.
 *
 * @param kind functional (general population) or dysfunctional (clinical) population
 * @param population who was measured
 * @param mean population mean
 * @param sd population standard deviation
 * @param target the relationship target it applies to (ECR-RS), or {@code null}
 * @param citation where the numbers come from
 */
public record Norm(
    Kind kind, String population, double mean, double sd, String target, String citation) {

  /** Whether the population is the functional or the dysfunctional one. */
  public enum Kind {
    FUNCTIONAL,
    DYSFUNCTIONAL
  }

  public Norm {
    if (kind == null) {
      throw new IllegalArgumentException("norm kind is required");
    }
    if (!(sd > 0) || !Double.isFinite(mean)) {
      throw new IllegalArgumentException("norm needs a finite mean and a positive SD");
    }
    if (citation == null || citation.isBlank()) {
      throw new IllegalArgumentException("a norm without a citation is not accepted");
    }
  }
}
