package org.securebase.app.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.attachment.ClassificationScheme;
import org.securebase.core.attachment.ScaleScores;
import org.securebase.core.calibration.Calibration;
import org.securebase.core.calibration.CalibrationOutcome;
import org.securebase.core.calibration.CalibrationPolicy;
import org.securebase.core.calibration.CalibrationReport;
import org.securebase.core.calibration.CalibrationStudy;
import org.securebase.core.calibration.FeatureScaleCorrelation;
import org.securebase.core.calibration.TooFewCodedTranscripts;
import org.securebase.core.discourse.AnalysisResult;
import org.securebase.core.discourse.DiscourseAnalyzer;
import org.securebase.core.discourse.IndicatorType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration of the discourse analyzer against a lab's own coding: over the coder's coded
 * transcripts (optionally one participant-code group), each indicator's rate per 1,000 words
 * against each coded scale (Spearman, with intervals), and a cross-validated model of the coders'
 * secure-versus-insecure classification from the rates, beside the human test-retest benchmark.
 *
 * <p>It tells a lab how far to trust the indicators on its own transcripts. It classifies nobody:
 * the model's predictions are never shown per transcript, only its agreement with the coders.
 */
@Component
public class DiscourseCalibration {

  private final Interviews interviews;
  private final CodingRepository codings;
  private final AuditLog audit;

  DiscourseCalibration(Interviews interviews, CodingRepository codings, AuditLog audit) {
    this.interviews = interviews;
    this.codings = codings;
    this.audit = audit;
  }

  /**
   * The calibration and what went into it.
   *
   * @param transcripts coded transcripts used
   * @param skipped coded transcripts left out because their coding has no classification
   */
  public record View(
      CalibrationOutcome outcome,
      String group,
      int transcripts,
      int skipped,
      String analyzerVersion,
      String lexiconVersion,
      List<String> scales) {

    /** True when there were enough coded transcripts for numbers. */
    public boolean ready() {
      return outcome instanceof CalibrationReport;
    }

    public CalibrationReport report() {
      return (CalibrationReport) outcome;
    }

    /** Why there are no numbers, with the counts; null when there are numbers. */
    public String tooFew() {
      return outcome instanceof TooFewCodedTranscripts t ? t.message() : null;
    }

    /** The cross-validated model's agreement with the coders, in words and numbers. */
    public List<String[]> modelFigures() {
      var model = report().model();
      var agreement = model.agreementWithCoders();
      String kappa =
          agreement
              .kappa()
              .map(
                  k ->
                      String.format(
                          Locale.ROOT,
                          "%.2f [%.2f, %.2f]",
                          k.estimate(),
                          k.interval().lower(),
                          k.interval().upper()))
              .orElse("undefined (one class only)");
      return List.of(
          new String[] {"AUC (out of fold)", String.format(Locale.ROOT, "%.2f", model.auc())},
          new String[] {
            "Accuracy against the coders",
            String.format(
                Locale.ROOT,
                "%.0f%% [%.0f%%, %.0f%%]",
                100 * model.accuracy(),
                100 * agreement.percentAgreementInterval().lower(),
                100 * agreement.percentAgreementInterval().upper())
          },
          new String[] {"Cohen's kappa against the coders", kappa});
    }

    /** One row per indicator: the scale it is meant to inform, and rho [interval] per scale. */
    public List<Row> rows() {
      List<Row> rows = new ArrayList<>();
      for (IndicatorType type : IndicatorType.values()) {
        List<String> cells = new ArrayList<>();
        for (String scale : scales) {
          FeatureScaleCorrelation c = report().correlation(type.id(), scale);
          cells.add(
              c.rho().isPresent()
                  ? String.format(
                      Locale.ROOT,
                      "%.2f [%.2f, %.2f]",
                      c.rho().getAsDouble(),
                      c.interval().orElseThrow().lower(),
                      c.interval().orElseThrow().upper())
                  : "n/a");
        }
        rows.add(new Row(type.id(), type.maxim() + " / " + type.scale(), cells));
      }
      return rows;
    }
  }

  /** An indicator's correlations with every scale, formatted for the page. */
  public record Row(String indicator, String informs, List<String> cells) {}

  /** The scales calibration reads: every 1-9 scale, per-parent ones as the higher parent. */
  static final List<AaiScale> SCALES = List.of(AaiScale.values());

  @Transactional
  public View report(SignedInUser coder, String group) {
    String prefix = group == null ? "" : group.strip();
    audit.record("REPORT", "discourse-calibration", "coder:" + coder.id());
    DiscourseAnalyzer analyzer = DiscourseAnalyzer.english();
    List<String> ids = new ArrayList<>();
    List<double[]> rates = new ArrayList<>();
    List<double[]> scores = new ArrayList<>();
    List<Boolean> secure = new ArrayList<>();
    int skipped = 0;
    for (InterviewTranscript t : interviews.assignedTo(coder)) {
      if (!prefix.isEmpty()
          && (t.participantCode() == null || !t.participantCode().startsWith(prefix))) {
        continue;
      }
      Optional<StoredCoding> counted = codings.countedFor(t.id(), coder.id());
      if (counted.isEmpty()) {
        continue;
      }
      var classification = counted.get().coding().classification();
      if (classification.isEmpty()) {
        skipped++;
        continue;
      }
      audit.record("READ", BlindCoding.RECORD_TYPE, counted.get().id());
      AnalysisResult analysis = analyzer.analyze(interviews.read(t.id(), coder).content());
      ids.add(t.id().toString());
      rates.add(rates(analysis));
      scores.add(scores(counted.get().coding().scores()));
      secure.add(ClassificationScheme.TWO_WAY.categoryOf(classification.get()).equals("secure"));
    }
    CalibrationStudy study =
        new CalibrationStudy(
            ids,
            Arrays.stream(IndicatorType.values()).map(IndicatorType::id).toList(),
            rates.toArray(double[][]::new),
            SCALES.stream().map(AaiScale::label).toList(),
            scores.toArray(double[][]::new),
            secure);
    return new View(
        Calibration.run(study, CalibrationPolicy.DEFAULT),
        prefix,
        ids.size(),
        skipped,
        analyzer.analyzerVersion(),
        analyzer.lexiconVersion(),
        study.scales());
  }

  private static double[] rates(AnalysisResult analysis) {
    IndicatorType[] types = IndicatorType.values();
    double[] row = new double[types.length];
    for (int i = 0; i < types.length; i++) {
      row[i] = analysis.profile().rate(types[i]);
    }
    return row;
  }

  /** NaN where the coder left a scale unscored or not scorable: calibration skips those pairs. */
  private static double[] scores(ScaleScores scores) {
    double[] row = new double[SCALES.size()];
    for (int i = 0; i < row.length; i++) {
      AaiScale scale = SCALES.get(i);
      OptionalDouble v = scale.perParent() ? scores.highestOverParents(scale) : scores.value(scale);
      row[i] = v.isPresent() ? v.getAsDouble() : Double.NaN;
    }
    return row;
  }
}
