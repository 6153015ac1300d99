package org.securebase.core.calibration;

/**
 * The parameters of a calibration run, stored with its result so that nobody has to guess how a
 * number was produced.
 *
 * @param minimumTranscripts below this many coded transcripts the report says "too few" instead of
 *     giving numbers
 * @param minimumPerClass the same, for each of the secure and insecure classes
 * @param folds the number of cross-validation folds (stratified by class)
 * @param seed the seed of the fold assignment, fixed so that a rerun gives the same figures
 * @param ridge the L2 penalty (lambda) on the standardized logistic slopes; the intercept is not
 *     penalized. A small ridge keeps the fit finite when the rates separate the classes perfectly.
 * @param confidenceLevel the coverage of every interval, in (0, 1)
 */
public record CalibrationPolicy(
    int minimumTranscripts,
    int minimumPerClass,
    int folds,
    long seed,
    double ridge,
    double confidenceLevel) {

  /** 20 transcripts, 5 per class, 5 folds, seed 20261124, ridge 1.0, 95% intervals. */
  public static final CalibrationPolicy DEFAULT =
      new CalibrationPolicy(20, 5, 5, 20261124L, 1.0, 0.95);

  public CalibrationPolicy {
    if (folds < 2) {
      throw new CalibrationInputException("cross-validation needs at least 2 folds, was " + folds);
    }
    if (minimumPerClass < 2) {
      throw new CalibrationInputException(
          "minimumPerClass must be at least 2 so every training fold holds both classes, was "
              + minimumPerClass);
    }
    if (minimumTranscripts < folds) {
      throw new CalibrationInputException(
          "minimumTranscripts must be at least the number of folds ("
              + folds
              + "), was "
              + minimumTranscripts);
    }
    if (!(ridge >= 0) || Double.isInfinite(ridge)) {
      throw new CalibrationInputException("ridge must be a finite number >= 0, was " + ridge);
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new CalibrationInputException(
          "confidence level must lie in (0, 1), was " + confidenceLevel);
    }
  }
}
