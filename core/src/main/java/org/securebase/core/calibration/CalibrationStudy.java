package org.securebase.core.calibration;

import java.util.HashSet;
import java.util.List;

/**
 * The coded transcripts of one study as calibration sees them: for each transcript its indicator
 * rates, its coded scale scores and whether the coders classified it secure. Rows of both matrices
 * follow {@code transcriptIds}; columns follow {@code indicators} and {@code scales}. Deeply copied
 * on the way in and out, so instances are immutable and thread-safe.
 *
 * @param transcriptIds one unique id per transcript, used in error messages and reports
 * @param indicators the indicator names, one per column of {@code rates}
 * @param rates {@code rates[transcript][indicator]}, finite (for example per 1000 words)
 * @param scales the coded scale names, one per column of {@code scaleScores}
 * @param scaleScores {@code scaleScores[transcript][scale]}; NaN marks a scale the coder left
 *     unscored ("not scorable"), which drops that transcript from that scale's correlations only
 * @param secure the coders' classification of each transcript: true for secure (F), false for
 *     insecure
 */
public record CalibrationStudy(
    List<String> transcriptIds,
    List<String> indicators,
    double[][] rates,
    List<String> scales,
    double[][] scaleScores,
    List<Boolean> secure) {

  public CalibrationStudy {
    if (transcriptIds == null || indicators == null || scales == null || secure == null) {
      throw new CalibrationInputException(
          "transcript ids, indicators, scales and classifications are required");
    }
    transcriptIds = List.copyOf(transcriptIds);
    indicators = List.copyOf(indicators);
    scales = List.copyOf(scales);
    if (new HashSet<>(transcriptIds).size() != transcriptIds.size()) {
      throw new CalibrationInputException("transcript ids must be unique");
    }
    int n = transcriptIds.size();
    rates = copy(rates, n, indicators.size(), "rates", transcriptIds);
    scaleScores = copy(scaleScores, n, scales.size(), "scale scores", transcriptIds);
    if (secure.size() != n) {
      throw new CalibrationInputException(
          "classifications given for " + secure.size() + " transcripts; expected " + n);
    }
    for (int i = 0; i < n; i++) {
      if (secure.get(i) == null) {
        throw new CalibrationInputException(
            "transcript " + transcriptIds.get(i) + " has no secure/insecure classification");
      }
      for (int j = 0; j < indicators.size(); j++) {
        if (!Double.isFinite(rates[i][j])) {
          throw new CalibrationInputException(
              "rate of indicator "
                  + indicators.get(j)
                  + " for transcript "
                  + transcriptIds.get(i)
                  + " is missing or not finite");
        }
      }
      for (int j = 0; j < scales.size(); j++) {
        if (Double.isInfinite(scaleScores[i][j])) {
          throw new CalibrationInputException(
              "score of scale "
                  + scales.get(j)
                  + " for transcript "
                  + transcriptIds.get(i)
                  + " is not finite");
        }
      }
    }
    secure = List.copyOf(secure);
  }

  @Override
  public double[][] rates() {
    return copy(rates, rates.length, indicators.size(), "rates", transcriptIds);
  }

  @Override
  public double[][] scaleScores() {
    return copy(scaleScores, scaleScores.length, scales.size(), "scale scores", transcriptIds);
  }

  /** The number of transcripts. */
  public int size() {
    return transcriptIds.size();
  }

  /** One indicator's rates across transcripts. */
  public double[] indicatorColumn(int indicator) {
    double[] column = new double[size()];
    for (int i = 0; i < column.length; i++) {
      column[i] = rates[i][indicator];
    }
    return column;
  }

  /** One scale's scores across transcripts, NaN where unscored. */
  public double[] scaleColumn(int scale) {
    double[] column = new double[size()];
    for (int i = 0; i < column.length; i++) {
      column[i] = scaleScores[i][scale];
    }
    return column;
  }

  private static double[][] copy(
      double[][] m, int rows, int columns, String what, List<String> ids) {
    if (m == null || m.length != rows) {
      throw new CalibrationInputException(
          what
              + " need one row per transcript: expected "
              + rows
              + ", got "
              + (m == null ? 0 : m.length));
    }
    double[][] out = new double[rows][];
    for (int i = 0; i < rows; i++) {
      if (m[i] == null || m[i].length != columns) {
        throw new CalibrationInputException(
            what
                + " for transcript "
                + ids.get(i)
                + " have "
                + (m[i] == null ? 0 : m[i].length)
                + " values; expected "
                + columns);
      }
      out[i] = m[i].clone();
    }
    return out;
  }
}
