package org.securebase.core.calibration;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.util.MathArrays;
import org.securebase.core.reliability.AgreementResult;
import org.securebase.core.reliability.CategoricalAgreement;
import org.securebase.core.reliability.ReliabilityBenchmark;

/**
 * Runs a calibration of indicator rates against a study's coded transcripts.
 *
 * <p>First the minimum-sample rule: with fewer coded transcripts than the policy's minimum, or
 * fewer than its minimum in either class, the outcome is {@link TooFewCodedTranscripts} and no
 * statistic is computed. Otherwise it reports (a) the Spearman correlation, with interval, of each
 * indicator with each scale ({@link RankCorrelation}), and (b) a stratified k-fold cross-validated
 * logistic regression of secure versus insecure on all indicator rates: folds are dealt from each
 * class after a shuffle with a seeded Well19937c generator; within each fold the rates are
 * standardized with the training rows' mean and standard deviation, the model is fitted with the
 * policy's ridge ({@link LogisticRegression}), and the held-out rows are predicted. AUC, accuracy
 * (threshold 0.5) and Cohen's kappa against the coders are computed on the pooled out-of-fold
 * predictions. Deterministic for a given study and policy; stateless and thread-safe.
 */
public final class Calibration {

  static final String SECURE = "secure";
  static final String INSECURE = "insecure";

  private Calibration() {}

  /** Runs with {@link CalibrationPolicy#DEFAULT}. */
  public static CalibrationOutcome run(CalibrationStudy study) {
    return run(study, CalibrationPolicy.DEFAULT);
  }

  /** Runs with the given policy; see the class description. */
  public static CalibrationOutcome run(CalibrationStudy study, CalibrationPolicy policy) {
    int n = study.size();
    int secure = (int) study.secure().stream().filter(Boolean::booleanValue).count();
    int insecure = n - secure;
    if (n < policy.minimumTranscripts()
        || secure < policy.minimumPerClass()
        || insecure < policy.minimumPerClass()) {
      String message =
          "Too few coded transcripts to calibrate: "
              + n
              + " coded ("
              + secure
              + " secure, "
              + insecure
              + " insecure); needs at least "
              + policy.minimumTranscripts()
              + " with at least "
              + policy.minimumPerClass()
              + " in each class.";
      return new TooFewCodedTranscripts(n, secure, insecure, policy, message);
    }
    List<FeatureScaleCorrelation> correlations = new ArrayList<>();
    for (int f = 0; f < study.indicators().size(); f++) {
      double[] rates = study.indicatorColumn(f);
      for (int s = 0; s < study.scales().size(); s++) {
        correlations.add(
            RankCorrelation.spearman(
                study.indicators().get(f),
                study.scales().get(s),
                rates,
                study.scaleColumn(s),
                policy.confidenceLevel()));
      }
    }
    return new CalibrationReport(
        n, secure, insecure, policy, correlations, crossValidate(study, policy));
  }

  static int[] stratifiedFolds(List<Boolean> secure, int folds, long seed) {
    List<Integer> positives = new ArrayList<>();
    List<Integer> negatives = new ArrayList<>();
    for (int i = 0; i < secure.size(); i++) {
      (secure.get(i) ? positives : negatives).add(i);
    }
    Well19937c random = new Well19937c(seed);
    int[] fold = new int[secure.size()];
    int next = 0;
    for (List<Integer> members : List.of(positives, negatives)) {
      int[] order = members.stream().mapToInt(Integer::intValue).toArray();
      MathArrays.shuffle(order, random);
      for (int index : order) {
        fold[index] = next++ % folds;
      }
    }
    return fold;
  }

  private static CrossValidation crossValidate(CalibrationStudy study, CalibrationPolicy policy) {
    int n = study.size();
    double[][] rates = study.rates();
    int[] fold = stratifiedFolds(study.secure(), policy.folds(), policy.seed());
    double[] probability = new double[n];
    for (int k = 0; k < policy.folds(); k++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (fold[i] == k ? test : train).add(i);
      }
      double[][] trainRates = train.stream().map(i -> rates[i]).toArray(double[][]::new);
      int[] outcome = train.stream().mapToInt(i -> study.secure().get(i) ? 1 : 0).toArray();
      Standardization scaling = Standardization.of(trainRates);
      LogisticModel model =
          LogisticRegression.fit(scaling.apply(trainRates), outcome, policy.ridge());
      for (int i : test) {
        probability[i] = model.probability(scaling.apply(rates[i]));
      }
    }
    boolean[] actual = new boolean[n];
    List<String> coders = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    int correct = 0;
    for (int i = 0; i < n; i++) {
      actual[i] = study.secure().get(i);
      boolean predictedSecure = probability[i] >= 0.5;
      coders.add(actual[i] ? SECURE : INSECURE);
      predicted.add(predictedSecure ? SECURE : INSECURE);
      if (predictedSecure == actual[i]) {
        correct++;
      }
    }
    AgreementResult agreement =
        CategoricalAgreement.of(
            coders, predicted, List.of(INSECURE, SECURE), policy.confidenceLevel());
    String method =
        policy.folds()
            + "-fold stratified cross-validation (seed "
            + policy.seed()
            + ") of logistic regression on standardized indicator rates, L2 ridge "
            + policy.ridge()
            + " on slopes; AUC (Mann-Whitney), accuracy and Cohen's kappa of out-of-fold"
            + " predictions at threshold 0.5";
    List<Double> probabilities = new ArrayList<>();
    for (double p : probability) {
      probabilities.add(p);
    }
    return new CrossValidation(
        policy.folds(),
        policy.seed(),
        policy.ridge(),
        probabilities,
        AreaUnderCurve.mannWhitney(probability, actual),
        (double) correct / n,
        agreement,
        ReliabilityBenchmark.AAI_CLASSIFICATION,
        method);
  }

  /** z-scores with the training rows' mean and sample SD; a constant column is only centred. */
  private record Standardization(double[] mean, double[] sd) {

    static Standardization of(double[][] rows) {
      int p = rows[0].length;
      double[] mean = new double[p];
      double[] sd = new double[p];
      for (int j = 0; j < p; j++) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          column[i] = rows[i][j];
        }
        mean[j] = new Mean().evaluate(column);
        double s = new StandardDeviation().evaluate(column);
        sd[j] = s > 0 ? s : 1;
      }
      return new Standardization(mean, sd);
    }

    double[] apply(double[] row) {
      double[] out = new double[row.length];
      for (int j = 0; j < row.length; j++) {
        out[j] = (row[j] - mean[j]) / sd[j];
      }
      return out;
    }

    double[][] apply(double[][] rows) {
      double[][] out = new double[rows.length][];
      for (int i = 0; i < rows.length; i++) {
        out[i] = apply(rows[i]);
      }
      return out;
    }
  }
}
