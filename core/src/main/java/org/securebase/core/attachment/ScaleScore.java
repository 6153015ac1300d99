package org.securebase.core.attachment;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One rating on an AAI scale: a value from 1.0 to 9.0 in steps of 0.5, or {@link #NOT_SCORABLE}.
 * "Not scorable" is a value of its own, never 0, and is allowed only on the inferred-experience
 * scales (checked by the factories that know the scale).
 *
 * <p>Immutable and thread-safe. Stored internally as half points so that equality is exact.
 */
public final class ScaleScore implements Comparable<ScaleScore> {

  /** The coder judged that too little was said to rate the scale. */
  public static final ScaleScore NOT_SCORABLE = new ScaleScore(0);

  private final int halfPoints;

  private ScaleScore(int halfPoints) {
    this.halfPoints = halfPoints;
  }

  /**
   * A score on the given scale.
   *
   * @throws InvalidEntryException naming the scale if the value is not 1.0..9.0 in half points
   */
  public static ScaleScore of(AaiScale scale, double value) {
    return of(scale.name(), value);
  }

  static ScaleScore of(String field, double value) {
    if (!Double.isFinite(value) || value < AaiScale.MIN || value > AaiScale.MAX) {
      throw new InvalidEntryException(
          field,
          "score " + format(value) + " is outside 1 to 9 (use \"not scorable\" instead of 0)");
    }
    double doubled = value * 2;
    if (doubled != Math.rint(doubled)) {
      throw new InvalidEntryException(
          field, "score " + format(value) + " is not a whole or half point");
    }
    return new ScaleScore((int) doubled);
  }

  /**
   * "Not scorable" on the given scale.
   *
   * @throws InvalidEntryException if the scale does not allow it (only experience scales do)
   */
  public static ScaleScore notScorable(AaiScale scale) {
    requireAllowed(scale, scale.name(), NOT_SCORABLE);
    return NOT_SCORABLE;
  }

  /**
   * Reads a score typed into a form: a number such as {@code 4.5} or {@code 4,5}, or {@code NS} /
   * {@code not scorable}.
   */
  public static ScaleScore parse(AaiScale scale, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidEntryException(scale.name(), "no score given");
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("ns") || t.equals("not scorable") || t.equals("n/s")) {
      return notScorable(scale);
    }
    try {
      return of(scale, Double.parseDouble(t.replace(',', '.')));
    } catch (NumberFormatException e) {
      throw new InvalidEntryException(scale.name(), "\"" + text.strip() + "\" is not a score");
    }
  }

  static void requireAllowed(AaiScale scale, String field, ScaleScore score) {
    if (score == null) {
      throw new InvalidEntryException(field, "no score given");
    }
    if (!score.isScorable() && !scale.allowsNotScorable()) {
      throw new InvalidEntryException(
          field, "\"not scorable\" is allowed only on inferred-experience scales");
    }
  }

  public boolean isScorable() {
    return halfPoints != 0;
  }

  /**
   * The numeric value.
   *
   * @throws IllegalStateException if the score is "not scorable"; check {@link #isScorable()} or
   *     use {@link #valueIfScorable()}
   */
  public double value() {
    if (!isScorable()) {
      throw new IllegalStateException("a not-scorable rating has no numeric value");
    }
    return halfPoints / 2.0;
  }

  /** The numeric value, empty when not scorable. */
  public OptionalDouble valueIfScorable() {
    return isScorable() ? OptionalDouble.of(value()) : OptionalDouble.empty();
  }

  /** Orders "not scorable" below every numeric score. */
  @Override
  public int compareTo(ScaleScore other) {
    return Integer.compare(halfPoints, other.halfPoints);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleScore s && s.halfPoints == halfPoints;
  }

  @Override
  public int hashCode() {
    return halfPoints;
  }

  /** Prints a number as coders write it: {@code 3}, {@code 4.5}. */
  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * {@code 4.5}, {@code 3} or {@code not scorable}; {@link #parse(AaiScale, String)} reads it back,
   * so it is also a storage format.
   */
  @Override
  public String toString() {
    if (!isScorable()) {
      return "not scorable";
    }
    return halfPoints % 2 == 0 ? Integer.toString(halfPoints / 2) : (halfPoints / 2) + ".5";
  }
}
