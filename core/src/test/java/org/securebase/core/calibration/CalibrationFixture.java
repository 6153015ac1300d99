package org.securebase.core.calibration;

import java.util.ArrayList;
import java.util.List;
import org.securebase.core.reliability.ReferenceFixture;

/**
 * The committed double-coded fixture as a calibration study: coder 1's scales and classification.
 */
final class CalibrationFixture {

  static final ReferenceFixture FIXTURE = ReferenceFixture.load();
  static final List<String> INDICATORS =
      List.of(
          "rate_self_correction",
          "rate_vague_reference",
          "rate_lack_of_recall",
          "rate_past_tense_loss");
  static final List<String> SCALES =
      List.of("coherence_of_mind", "unresolved_loss", "loving_mother", "idealization_mother");

  private CalibrationFixture() {}

  /** Secure when coder 1's 4-way label is F (organized F and not unresolved), as reference.R. */
  static List<Boolean> secure() {
    List<String> classes = FIXTURE.column("class_coder1");
    List<String> unresolved = FIXTURE.column("unresolved_coder1");
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      out.add(classes.get(i).equals("F") && !Boolean.parseBoolean(unresolved.get(i).toLowerCase()));
    }
    return out;
  }

  static double[][] columns(List<String> names, String suffix) {
    int n = FIXTURE.transcripts().size();
    double[][] m = new double[n][names.size()];
    for (int j = 0; j < names.size(); j++) {
      double[] column = FIXTURE.numbers(names.get(j) + suffix);
      for (int i = 0; i < n; i++) {
        m[i][j] = column[i];
      }
    }
    return m;
  }

  static CalibrationStudy study() {
    return new CalibrationStudy(
        FIXTURE.column("transcript"),
        INDICATORS,
        columns(INDICATORS, ""),
        SCALES,
        columns(SCALES, "_coder1"),
        secure());
  }

  /** The first {@code n} transcripts of the fixture. */
  static CalibrationStudy firstTranscripts(int n) {
    CalibrationStudy all = study();
    return new CalibrationStudy(
        all.transcriptIds().subList(0, n),
        INDICATORS,
        java.util.Arrays.copyOf(all.rates(), n),
        SCALES,
        java.util.Arrays.copyOf(all.scaleScores(), n),
        all.secure().subList(0, n));
  }
}
