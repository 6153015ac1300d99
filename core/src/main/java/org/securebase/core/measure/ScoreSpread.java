package org.securebase.core.measure;

/**
 * The standard deviation used for the standard error of measurement, with where it came from (the
 * baseline SD of a clinic sample, or a published normative SD).
 *
 * @param sd the standard deviation, positive
 * @param source where the SD comes from
 */
public record ScoreSpread(double sd, String source) {

  public ScoreSpread {
    if (!(sd > 0) || !Double.isFinite(sd)) {
      throw new IllegalArgumentException("SD must be positive and finite, was " + sd);
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("an SD needs a source");
    }
  }
}
