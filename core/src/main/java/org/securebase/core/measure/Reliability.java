package org.securebase.core.measure;

/**
 * A published reliability coefficient used for reliable change, with where it came from.
 *
 * @param kind internal consistency or test-retest
 * @param value the coefficient, between 0 and 1 (exclusive of 1)
 * @param target the relationship target it applies to (ECR-RS), or {@code null} for all
 * @param source citation and any note on how the value was taken from it
 */
public record Reliability(Kind kind, double value, String target, String source) {

  /** The kind of reliability coefficient. */
  public enum Kind {
    /** Cronbach's alpha. */
    ALPHA,
    /** Correlation between two administrations; preferred for reliable change. */
    TEST_RETEST
  }

  public Reliability {
    if (kind == null) {
      throw new IllegalArgumentException("reliability kind is required");
    }
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException("reliability must lie between 0 and 1, was " + value);
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("reliability needs a source");
    }
  }

  /** A reliability entered by hand (for example from a local sample), with its source. */
  public static Reliability of(Kind kind, double value, String source) {
    return new Reliability(kind, value, null, source);
  }
}
