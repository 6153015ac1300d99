package org.securebase.core.measure;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One scored dimension of an instrument: which items it uses, which are reverse-keyed, which are
 * recoded (RFQ-8 polar scoring), how they are combined, which way is better, and the reliability
 * values and norms that change statistics may use. Immutable.
 *
 * <p>Keys live on the subscale, not the item, because the same item can be keyed differently in two
 * subscales (RFQ-8 items 2, 4, 5 and 6 count in both certainty and uncertainty with opposite
 * recodings).
 *
 * @param id stable subscale id ({@code anxiety}, {@code avoidance}, {@code certainty})
 * @param title short title for screens
 * @param items item ids in the subscale
 * @param reverseKeyed item ids scored {@code min + max - x}
 * @param recodings item id to (answer to scored value) for recoded items
 * @param aggregation mean or weighted sum
 * @param weights item id to weight, used only by {@link Aggregation#WEIGHTED_SUM}
 * @param direction which way is better
 * @param reliability published reliability values, each with its source
 * @param norms published norms with citations; usually empty
 */
public record Subscale(
    String id,
    String title,
    List<String> items,
    Set<String> reverseKeyed,
    Map<String, Map<Integer, Double>> recodings,
    Aggregation aggregation,
    Map<String, Integer> weights,
    Direction direction,
    List<Reliability> reliability,
    List<Norm> norms) {

  public Subscale {
    items = items == null ? List.of() : List.copyOf(items);
    reverseKeyed = reverseKeyed == null ? Set.of() : Set.copyOf(reverseKeyed);
    recodings =
        recodings == null
            ? Map.of()
            : recodings.entrySet().stream()
                .collect(
                    Collectors.toUnmodifiableMap(
                        Map.Entry::getKey,
                        e ->
                            Map.copyOf(
                                new TreeMap<>(e.getValue() == null ? Map.of() : e.getValue()))));
    aggregation = aggregation == null ? Aggregation.MEAN : aggregation;
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    direction = direction == null ? Direction.NONE : direction;
    reliability = reliability == null ? List.of() : List.copyOf(reliability);
    norms = norms == null ? List.of() : List.copyOf(norms);
  }

  /**
   * The reliability to use for reliable change for a target (or {@code null} for untargeted
   * instruments): test-retest is preferred over alpha (Jacobson &amp; Truax 1991), a
   * target-specific value over a general one. Empty when the definition carries no value; the
   * caller must then supply one with its source.
   */
  public Optional<Reliability> preferredReliability(String target) {
    return reliability.stream()
        .filter(r -> r.target() == null || r.target().equals(target))
        .min(
            Comparator.comparing(
                    (Reliability r) -> r.kind() == Reliability.Kind.TEST_RETEST ? 0 : 1)
                .thenComparing(r -> r.target() != null && r.target().equals(target) ? 0 : 1));
  }

  /** The norms that apply to a target (or to all targets), in definition order. */
  public List<Norm> normsFor(String target) {
    return norms.stream().filter(n -> n.target() == null || n.target().equals(target)).toList();
  }
}
