package org.securebase.core.calibration;

import java.util.List;
import java.util.Objects;
import org.securebase.core.reliability.AgreementResult;
import org.securebase.core.reliability.ReliabilityBenchmark;

/**
 * Out-of-fold performance of a logistic model predicting the coders' secure versus insecure
 * classification from indicator rates. Every transcript is predicted by a model that never saw it.
 *
 * @param folds the number of stratified folds
 * @param seed the seed of the fold assignment
 * @param ridge the L2 penalty on the standardized slopes
 * @param outOfFoldProbability the predicted probability of secure for each transcript, in study
 *     order
 * @param auc the area under the ROC curve of the out-of-fold probabilities (Mann-Whitney form)
 * @param accuracy the share of transcripts where the 0.5-threshold prediction matches the coders
 * @param agreementWithCoders percent agreement and Cohen's kappa of the predictions (first rater:
 *     the coders; second: the model; labels "secure" and "insecure"), with intervals
 * @param benchmarks the human figures to read these against (test-retest 78%, kappa .63; training
 *     80%)
 * @param method a one-line statement of the procedure, for display and export
 */
public record CrossValidation(
    int folds,
    long seed,
    double ridge,
    List<Double> outOfFoldProbability,
    double auc,
    double accuracy,
    AgreementResult agreementWithCoders,
    List<ReliabilityBenchmark> benchmarks,
    String method) {

  public CrossValidation {
    outOfFoldProbability = List.copyOf(outOfFoldProbability);
    Objects.requireNonNull(agreementWithCoders, "agreementWithCoders");
    benchmarks = List.copyOf(benchmarks);
    Objects.requireNonNull(method, "method");
  }
}
