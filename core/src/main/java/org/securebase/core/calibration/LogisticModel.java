package org.securebase.core.calibration;

/**
 * A fitted binary logistic regression, P(y = 1 | x) = 1 / (1 + exp(-(b0 + b1 x1 + ... + bp xp))).
 * Immutable: the coefficient array is copied in and out.
 *
 * @param coefficients the intercept first, then one slope per predictor column
 * @param ridge the L2 penalty the fit used (0 for maximum likelihood)
 * @param iterations the Newton iterations taken
 * @param deviance -2 log-likelihood at the fit (without the penalty term)
 */
public record LogisticModel(double[] coefficients, double ridge, int iterations, double deviance) {

  public LogisticModel {
    coefficients = coefficients.clone();
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** The fitted probability of class 1 for one row of predictors. */
  public double probability(double[] predictors) {
    if (predictors.length != coefficients.length - 1) {
      throw new CalibrationInputException(
          "expected " + (coefficients.length - 1) + " predictors, got " + predictors.length);
    }
    double eta = coefficients[0];
    for (int j = 0; j < predictors.length; j++) {
      eta += coefficients[j + 1] * predictors[j];
    }
    return 1 / (1 + Math.exp(-eta));
  }
}
