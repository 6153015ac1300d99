package org.securebase.core.attachment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * All scale ratings of one coding: single scores, per-parent scores and the per-loss unresolved
 * ratings. A scale that was not rated is simply absent, which is different from "not scorable".
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. Every value is checked against
 * its scale when it is added, so an instance never holds a value its scale forbids.
 */
public final class ScaleScores {

  private static final ScaleScores EMPTY = builder().build();

  private final Map<AaiScale, ScaleScore> single;
  private final Map<AaiScale, Map<Parent, ScaleScore>> perParent;
  private final List<LossScore> losses;

  private ScaleScores(Builder b) {
    this.single = Collections.unmodifiableMap(new EnumMap<>(b.single));
    Map<AaiScale, Map<Parent, ScaleScore>> copy = new EnumMap<>(AaiScale.class);
    b.perParent.forEach(
        (scale, byParent) ->
            copy.put(scale, Collections.unmodifiableMap(new LinkedHashMap<>(byParent))));
    this.perParent = Collections.unmodifiableMap(copy);
    this.losses = List.copyOf(b.losses);
  }

  public static ScaleScores empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with these scores, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.single.putAll(single);
    perParent.forEach((scale, byParent) -> b.perParent.put(scale, new LinkedHashMap<>(byParent)));
    b.losses.addAll(losses);
    return b;
  }

  /**
   * The score of a scale that is not rated per parent. For {@link AaiScale#UNRESOLVED_LOSS} this is
   * the highest loss rating.
   *
   * @throws InvalidEntryException if the scale is rated per parent
   */
  public Optional<ScaleScore> score(AaiScale scale) {
    if (scale.perParent()) {
      throw new InvalidEntryException(scale.name(), "is rated per parent: name the parent");
    }
    if (scale.perLoss()) {
      return losses.stream().map(LossScore::score).max(Comparator.naturalOrder());
    }
    return Optional.ofNullable(single.get(scale));
  }

  /**
   * The score of a per-parent scale for one parent.
   *
   * @throws InvalidEntryException if the scale is not rated per parent
   */
  public Optional<ScaleScore> score(AaiScale scale, Parent parent) {
    if (!scale.perParent()) {
      throw new InvalidEntryException(scale.name(), "is not rated per parent");
    }
    return Optional.ofNullable(perParent.getOrDefault(scale, Map.of()).get(parent));
  }

  /** The numeric value of a single-score scale; empty when absent or not scorable. */
  public OptionalDouble value(AaiScale scale) {
    return score(scale).map(ScaleScore::valueIfScorable).orElse(OptionalDouble.empty());
  }

  /** The highest numeric rating of a per-parent scale over all parents; empty if none. */
  public OptionalDouble highestOverParents(AaiScale scale) {
    if (!scale.perParent()) {
      throw new InvalidEntryException(scale.name(), "is not rated per parent");
    }
    return perParent.getOrDefault(scale, Map.of()).values().stream()
        .filter(ScaleScore::isScorable)
        .mapToDouble(ScaleScore::value)
        .max();
  }

  /** The higher of the highest unresolved-loss rating and the unresolved-trauma rating. */
  public OptionalDouble highestUnresolved() {
    OptionalDouble loss = value(AaiScale.UNRESOLVED_LOSS);
    OptionalDouble trauma = value(AaiScale.UNRESOLVED_TRAUMA);
    if (loss.isEmpty()) {
      return trauma;
    }
    if (trauma.isEmpty()) {
      return loss;
    }
    return OptionalDouble.of(Math.max(loss.getAsDouble(), trauma.getAsDouble()));
  }

  /** The single (not per-parent, not per-loss) scores, for display and storage. */
  public Map<AaiScale, ScaleScore> singleScores() {
    return single;
  }

  /** The per-parent scores by scale, then by parent in the order entered. */
  public Map<AaiScale, Map<Parent, ScaleScore>> perParentScores() {
    return perParent;
  }

  /** The unresolved-loss ratings in the order entered. */
  public List<LossScore> losses() {
    return losses;
  }

  /** The parents that have at least one per-parent score. */
  public Set<Parent> parents() {
    Set<Parent> parents = new java.util.LinkedHashSet<>();
    perParent.values().forEach(byParent -> parents.addAll(byParent.keySet()));
    return Collections.unmodifiableSet(parents);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleScores s
        && s.single.equals(single)
        && s.perParent.equals(perParent)
        && s.losses.equals(losses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(single, perParent, losses);
  }

  @Override
  public String toString() {
    return "ScaleScores" + single + perParent + losses;
  }

  /** Collects scores; each call checks the value against its scale. Not thread-safe. */
  public static final class Builder {
    private final Map<AaiScale, ScaleScore> single = new EnumMap<>(AaiScale.class);
    private final Map<AaiScale, Map<Parent, ScaleScore>> perParent = new EnumMap<>(AaiScale.class);
    private final List<LossScore> losses = new ArrayList<>();

    private Builder() {}

    /** Sets a single-score scale (not per parent, not unresolved loss). */
    public Builder score(AaiScale scale, double value) {
      return score(scale, ScaleScore.of(scale, value));
    }

    /** Sets a single-score scale (not per parent, not unresolved loss). */
    public Builder score(AaiScale scale, ScaleScore score) {
      Objects.requireNonNull(scale, "scale");
      if (scale.perParent()) {
        throw new InvalidEntryException(scale.name(), "is rated per parent: name the parent");
      }
      if (scale.perLoss()) {
        throw new InvalidEntryException(
            scale.name(), "is rated once per loss: add each loss with its label");
      }
      ScaleScore.requireAllowed(scale, scale.name(), score);
      single.put(scale, score);
      return this;
    }

    /** Sets a per-parent scale for one parent. */
    public Builder score(AaiScale scale, Parent parent, double value) {
      return score(scale, parent, ScaleScore.of(field(scale, parent), value));
    }

    /** Sets a per-parent scale for one parent. */
    public Builder score(AaiScale scale, Parent parent, ScaleScore score) {
      Objects.requireNonNull(scale, "scale");
      if (parent == null) {
        throw new InvalidEntryException(scale.name(), "is rated per parent: name the parent");
      }
      if (!scale.perParent()) {
        throw new InvalidEntryException(scale.name(), "is not rated per parent");
      }
      ScaleScore.requireAllowed(scale, field(scale, parent), score);
      perParent.computeIfAbsent(scale, s -> new LinkedHashMap<>()).put(parent, score);
      return this;
    }

    /** Marks a per-parent inferred-experience scale "not scorable" for one parent. */
    public Builder notScorable(AaiScale scale, Parent parent) {
      return score(scale, parent, ScaleScore.NOT_SCORABLE);
    }

    /** Adds the unresolved-loss rating of one loss. */
    public Builder loss(String label, double value) {
      losses.add(LossScore.of(label, value));
      return this;
    }

    /** Adds the unresolved-loss rating of one loss. */
    public Builder loss(LossScore loss) {
      losses.add(Objects.requireNonNull(loss, "loss"));
      return this;
    }

    /** Removes a single-score scale, a whole per-parent scale, or all losses. */
    public Builder clear(AaiScale scale) {
      single.remove(scale);
      perParent.remove(scale);
      if (scale.perLoss()) {
        losses.clear();
      }
      return this;
    }

    public ScaleScores build() {
      return new ScaleScores(this);
    }

    private static String field(AaiScale scale, Parent parent) {
      return scale.name() + "[" + (parent == null ? "?" : parent.name()) + "]";
    }
  }
}
