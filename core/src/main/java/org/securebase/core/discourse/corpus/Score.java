package org.securebase.core.discourse.corpus;

import java.util.Optional;
import org.securebase.core.discourse.IndicatorType;
import org.securebase.core.reliability.ConfidenceInterval;

/**
 * Precision, recall and F1 of one method for one indicator at one level, with intervals. A figure
 * with no denominator (nothing found, or nothing expected) is empty, never 0 or 1.
 *
 * @param type the indicator
 * @param truePositives matched pairs (span level) or items where both agree it is present
 * @param falsePositives found but not expected
 * @param falseNegatives expected but not found
 * @param trueNegatives items where neither has it (item level only; 0 at span level)
 * @param precisionInterval Wilson score interval of precision
 * @param recallInterval Wilson score interval of recall
 * @param f1Interval percentile bootstrap interval of F1 over items
 */
public record Score(
    IndicatorType type,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int trueNegatives,
    Optional<ConfidenceInterval> precisionInterval,
    Optional<ConfidenceInterval> recallInterval,
    Optional<ConfidenceInterval> f1Interval) {

  /** Expected spans or items. */
  public int expected() {
    return truePositives + falseNegatives;
  }

  /** Found spans or items. */
  public int found() {
    return truePositives + falsePositives;
  }

  public Optional<Double> precision() {
    return found() == 0 ? Optional.empty() : Optional.of((double) truePositives / found());
  }

  public Optional<Double> recall() {
    return expected() == 0 ? Optional.empty() : Optional.of((double) truePositives / expected());
  }

  /** 2TP / (2TP + FP + FN); empty when there was nothing to find and nothing was found. */
  public Optional<Double> f1() {
    return f1(truePositives, falsePositives, falseNegatives);
  }

  static Optional<Double> f1(double tp, double fp, double fn) {
    double d = 2 * tp + fp + fn;
    return d == 0 ? Optional.empty() : Optional.of(2 * tp / d);
  }
}
