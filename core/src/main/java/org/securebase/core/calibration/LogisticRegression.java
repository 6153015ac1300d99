package org.securebase.core.calibration;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Binary logistic regression fitted by Newton-Raphson, which for the canonical logit link is the
 * same as iteratively reweighted least squares (IRLS), the algorithm of R's {@code glm(family =
 * binomial)}. commons-math3 has no logistic regression, so the iteration is written here on its
 * linear algebra.
 *
 * <p>The fit maximizes log-likelihood - (lambda / 2) * sum of squared slopes. Each step solves
 * (X'WX + lambda P) delta = X'(y - p) - lambda P beta, where W = diag(p (1 - p)) and P is the
 * identity with a zero for the intercept, so the optional L2 ridge lambda never shrinks the
 * intercept. With lambda = 0 this is maximum likelihood and matches {@code glm}; with lambda > 0
 * the objective is strictly convex and the fit stays finite even when the predictors separate the
 * classes. A step that raises the penalized deviance is halved (at most 30 times). Iteration stops
 * when no coefficient moves by more than 1e-10 (relative to its size, with an absolute floor of 1).
 * Stateless and thread-safe.
 */
public final class LogisticRegression {

  private static final int MAX_ITERATIONS = 100;
  private static final double STEP_TOLERANCE = 1e-10;

  private LogisticRegression() {}

  /**
   * Fits the model.
   *
   * @param predictors {@code predictors[row][column]}, finite; an intercept is added, do not
   *     include a constant column
   * @param outcome 0 or 1 for each row
   * @param ridge the L2 penalty lambda on the slopes, >= 0
   * @throws CalibrationInputException if the dimensions disagree, an outcome is not 0 or 1, both
   *     classes are not present, or the fit does not converge (typically separable data with ridge
   *     0, or collinear predictors)
   */
  public static LogisticModel fit(double[][] predictors, int[] outcome, double ridge) {
    int n = predictors.length;
    if (n == 0 || outcome.length != n) {
      throw new CalibrationInputException(
          "need one outcome per predictor row: " + n + " rows, " + outcome.length + " outcomes");
    }
    if (!(ridge >= 0) || Double.isInfinite(ridge)) {
      throw new CalibrationInputException("ridge must be a finite number >= 0, was " + ridge);
    }
    int p = predictors[0].length + 1;
    RealMatrix x = new Array2DRowRealMatrix(n, p);
    int positives = 0;
    for (int i = 0; i < n; i++) {
      if (predictors[i].length != p - 1) {
        throw new CalibrationInputException(
            "predictor row " + i + " has " + predictors[i].length + " values; expected " + (p - 1));
      }
      if (outcome[i] != 0 && outcome[i] != 1) {
        throw new CalibrationInputException("outcome of row " + i + " must be 0 or 1");
      }
      positives += outcome[i];
      x.setEntry(i, 0, 1);
      for (int j = 1; j < p; j++) {
        if (!Double.isFinite(predictors[i][j - 1])) {
          throw new CalibrationInputException(
              "predictor row " + i + ", column " + (j - 1) + " is not finite");
        }
        x.setEntry(i, j, predictors[i][j - 1]);
      }
    }
    if (positives == 0 || positives == n) {
      throw new CalibrationInputException("logistic regression needs both outcomes present");
    }
    RealVector y = new ArrayRealVector(n);
    for (int i = 0; i < n; i++) {
      y.setEntry(i, outcome[i]);
    }

    RealVector beta = new ArrayRealVector(p);
    double objective = penalizedDeviance(x, y, beta, ridge);
    for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
      RealVector prob = probabilities(x, beta);
      RealVector gradient = x.transpose().operate(y.subtract(prob));
      RealMatrix hessian = new Array2DRowRealMatrix(p, p);
      for (int i = 0; i < n; i++) {
        double w = prob.getEntry(i) * (1 - prob.getEntry(i));
        for (int a = 0; a < p; a++) {
          double xa = x.getEntry(i, a) * w;
          for (int b = 0; b < p; b++) {
            hessian.addToEntry(a, b, xa * x.getEntry(i, b));
          }
        }
      }
      for (int j = 1; j < p; j++) {
        hessian.addToEntry(j, j, ridge);
        gradient.addToEntry(j, -ridge * beta.getEntry(j));
      }
      RealVector step;
      try {
        step = new LUDecomposition(hessian).getSolver().solve(gradient);
      } catch (SingularMatrixException e) {
        throw new CalibrationInputException(
            "logistic fit failed: the information matrix is singular (collinear or constant"
                + " predictors, or classes separated with ridge 0)");
      }
      RealVector next = beta.add(step);
      double nextObjective = penalizedDeviance(x, y, next, ridge);
      for (int halving = 0; halving < 30 && !(nextObjective <= objective + 1e-12); halving++) {
        step = step.mapMultiply(0.5);
        next = beta.add(step);
        nextObjective = penalizedDeviance(x, y, next, ridge);
      }
      beta = next;
      objective = nextObjective;
      if (converged(step, beta)) {
        double[] coefficients = beta.toArray();
        return new LogisticModel(coefficients, ridge, iteration, penalizedDeviance(x, y, beta, 0));
      }
    }
    throw new CalibrationInputException(
        "logistic fit did not converge in "
            + MAX_ITERATIONS
            + " iterations; the rates may separate the classes perfectly: use a ridge > 0");
  }

  private static boolean converged(RealVector step, RealVector beta) {
    for (int j = 0; j < step.getDimension(); j++) {
      if (Math.abs(step.getEntry(j)) > STEP_TOLERANCE * Math.max(1, Math.abs(beta.getEntry(j)))) {
        return false;
      }
    }
    return true;
  }

  private static RealVector probabilities(RealMatrix x, RealVector beta) {
    RealVector eta = x.operate(beta);
    return eta.map(e -> 1 / (1 + Math.exp(-e)));
  }

  /** -2 log-likelihood plus lambda times the squared slopes (the intercept is not penalized). */
  private static double penalizedDeviance(
      RealMatrix x, RealVector y, RealVector beta, double ridge) {
    RealVector eta = x.operate(beta);
    double deviance = 0;
    for (int i = 0; i < eta.getDimension(); i++) {
      double e = eta.getEntry(i);
      // log(1 + exp(e)) computed without overflow; log-likelihood = y e - log(1 + exp(e)).
      double softplus = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
      deviance += -2 * (y.getEntry(i) * e - softplus);
    }
    double penalty = 0;
    for (int j = 1; j < beta.getDimension(); j++) {
      penalty += beta.getEntry(j) * beta.getEntry(j);
    }
    return deviance + ridge * penalty;
  }
}
