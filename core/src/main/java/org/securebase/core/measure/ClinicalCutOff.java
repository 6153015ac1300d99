package org.securebase.core.measure;

import java.util.List;
import java.util.Optional;

/**
 * A Jacobson-Truax clinical-significance cut-off computed from published norms, remembering which
 * formula and which norms produced it. Cut-offs exist only where norms with citations exist; none
 * is invented.
 *
 * <ul>
 *   <li>a: two SDs beyond the dysfunctional mean, towards the better end ({@code M_dys - 2 SD_dys}
 *       when lower is better)
 *   <li>b: two SDs beyond the functional mean, towards the worse end ({@code M_func + 2 SD_func}
 *       when lower is better)
 *   <li>c: the point between the two means weighted by their SDs, {@code (SD_func*M_dys +
 *       SD_dys*M_func) / (SD_func + SD_dys)}
 * </ul>
 *
 * @param kind which formula
 * @param value the cut-off score
 * @param direction which way is better on this subscale
 * @param basis the norms used, with their citations, for footnotes
 */
public record ClinicalCutOff(Kind kind, double value, Direction direction, String basis) {

  /** Jacobson &amp; Truax (1991) cut-off formulas. */
  public enum Kind {
    A,
    B,
    C
  }

  public ClinicalCutOff {
    if (direction == Direction.NONE) {
      throw new IllegalArgumentException(
          "a clinical cut-off needs a subscale where one direction is better");
    }
  }

  /** Cut-off a from a dysfunctional-population norm. */
  public static ClinicalCutOff a(Norm dysfunctional, Direction direction) {
    require(dysfunctional, Norm.Kind.DYSFUNCTIONAL);
    double sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
    return new ClinicalCutOff(
        Kind.A,
        dysfunctional.mean() + sign * 2 * dysfunctional.sd(),
        direction,
        describe(dysfunctional));
  }

  /** Cut-off b from a functional-population norm. */
  public static ClinicalCutOff b(Norm functional, Direction direction) {
    require(functional, Norm.Kind.FUNCTIONAL);
    double sign = direction == Direction.LOWER_IS_BETTER ? 1 : -1;
    return new ClinicalCutOff(
        Kind.B, functional.mean() + sign * 2 * functional.sd(), direction, describe(functional));
  }

  /** Cut-off c from both norms. */
  public static ClinicalCutOff c(Norm functional, Norm dysfunctional, Direction direction) {
    require(functional, Norm.Kind.FUNCTIONAL);
    require(dysfunctional, Norm.Kind.DYSFUNCTIONAL);
    double value =
        (functional.sd() * dysfunctional.mean() + dysfunctional.sd() * functional.mean())
            / (functional.sd() + dysfunctional.sd());
    return new ClinicalCutOff(
        Kind.C, value, direction, describe(functional) + "; " + describe(dysfunctional));
  }

  /**
   * The cut-off Jacobson and Truax recommend for the norms available: c when both a functional and
   * a dysfunctional norm exist, else a from a dysfunctional norm, else b from a functional norm,
   * else none. The first norm of each kind in the list is used.
   */
  public static Optional<ClinicalCutOff> preferred(List<Norm> norms, Direction direction) {
    if (direction == Direction.NONE) {
      return Optional.empty();
    }
    Optional<Norm> functional =
        norms.stream().filter(n -> n.kind() == Norm.Kind.FUNCTIONAL).findFirst();
    Optional<Norm> dysfunctional =
        norms.stream().filter(n -> n.kind() == Norm.Kind.DYSFUNCTIONAL).findFirst();
    if (functional.isPresent() && dysfunctional.isPresent()) {
      return Optional.of(c(functional.get(), dysfunctional.get(), direction));
    }
    if (dysfunctional.isPresent()) {
      return Optional.of(a(dysfunctional.get(), direction));
    }
    return functional.map(f -> b(f, direction));
  }

  /** Whether a score lies on the functional side of the cut-off (strictly past it). */
  public boolean isFunctional(double score) {
    return direction == Direction.LOWER_IS_BETTER ? score < value : score > value;
  }

  private static void require(Norm norm, Norm.Kind kind) {
    if (norm == null || norm.kind() != kind) {
      throw new IllegalArgumentException("this cut-off needs a " + kind + " norm");
    }
  }

  private static String describe(Norm norm) {
    return norm.kind()
        + " norm "
        + norm.population()
        + " (M "
        + norm.mean()
        + ", SD "
        + norm.sd()
        + "; "
        + norm.citation()
        + ")";
  }
}
