package org.securebase.core.reliability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Agreement between two raters who each assigned one category to the same items: the cross-table,
 * percent agreement with its interval, Cohen's unweighted kappa with its interval, the name of the
 * method, and the benchmarks to read the figures against. Immutable.
 *
 * @param n the number of paired items
 * @param categories the category set, sorted by {@link String#compareTo}; rows and columns of
 *     {@code crossTable} follow this order (the order does not change unweighted kappa)
 * @param crossTable counts, row = first rater's category, column = second rater's category
 * @param agreements the number of items both raters put in the same category
 * @param percentAgreement agreements / n, a proportion in [0, 1]
 * @param percentAgreementInterval the Wilson score interval for the proportion (no continuity
 *     correction; equal to R's {@code prop.test(correct = FALSE)})
 * @param kappa Cohen's kappa, empty when it is undefined because chance agreement is 1 (both raters
 *     used one and the same category for every item)
 * @param method a one-line statement of the methods used, for display and export
 * @param benchmarks the comparison figures to show beside the observed ones
 */
public record AgreementResult(
    int n,
    List<String> categories,
    List<List<Integer>> crossTable,
    int agreements,
    double percentAgreement,
    ConfidenceInterval percentAgreementInterval,
    Optional<KappaEstimate> kappa,
    String method,
    List<ReliabilityBenchmark> benchmarks) {

  public AgreementResult {
    categories = List.copyOf(categories);
    crossTable = crossTable.stream().map(List::copyOf).toList();
    Objects.requireNonNull(percentAgreementInterval, "percentAgreementInterval");
    Objects.requireNonNull(kappa, "kappa");
    Objects.requireNonNull(method, "method");
    benchmarks = List.copyOf(benchmarks);
  }
}
