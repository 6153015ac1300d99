package org.securebase.core.calibration;

import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The area under the ROC curve in its Mann-Whitney form: the probability that a randomly chosen
 * positive case scores higher than a randomly chosen negative one, ties counting one half. Computed
 * from mid-ranks as U / (n1 n0) with U = (sum of positive ranks) - n1 (n1 + 1) / 2. commons-math3's
 * {@code MannWhitneyUTest.mannWhitneyU} returns max(U1, U2), which loses the direction, so the
 * ranks come from its {@link NaturalRanking} instead. Stateless and thread-safe.
 */
public final class AreaUnderCurve {

  private AreaUnderCurve() {}

  /**
   * @param scores a score per case, higher meaning more likely positive
   * @param positive the true class of each case
   * @throws CalibrationInputException if the lengths differ, a score is NaN, or a class is absent
   */
  public static double mannWhitney(double[] scores, boolean[] positive) {
    if (scores.length != positive.length) {
      throw new CalibrationInputException("need one class label per score");
    }
    long n1 = 0;
    for (boolean p : positive) {
      if (p) {
        n1++;
      }
    }
    long n0 = scores.length - n1;
    if (n1 == 0 || n0 == 0) {
      throw new CalibrationInputException("AUC needs both positive and negative cases");
    }
    double[] ranks;
    try {
      ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(scores);
    } catch (org.apache.commons.math3.exception.NotANumberException e) {
      throw new CalibrationInputException("AUC scores must not be NaN");
    }
    double positiveRankSum = 0;
    for (int i = 0; i < ranks.length; i++) {
      if (positive[i]) {
        positiveRankSum += ranks[i];
      }
    }
    double u = positiveRankSum - n1 * (n1 + 1) / 2.0;
    return u / ((double) n1 * n0);
  }
}
