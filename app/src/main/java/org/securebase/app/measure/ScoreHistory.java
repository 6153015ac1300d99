package org.securebase.app.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.securebase.core.measure.ClinicalCutOff;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.Reliability;
import org.securebase.core.measure.ReliableChange;
import org.securebase.core.measure.Score;
import org.securebase.core.measure.ScoreSpread;
import org.securebase.core.measure.Subscale;
import org.securebase.core.measure.Target;

/**
 * A client's scores on one instrument over time, one series per subscale and target, each point
 * with Jacobson-Truax reliable change against the previous administration and against the baseline
 * (the first administration). The science is the core's ({@link ReliableChange}); this class only
 * picks the parameters and says which it picked.
 *
 * <p>Parameters: the reliability a clinician or administrator entered for the subscale and target,
 * else the definition's preferred value (test-retest before alpha); the SD only as entered, with
 * its source, because no definition ships an SD; the cut-off only from norms with a citation in the
 * definition. Without a reliability or an SD, change is reported as not computable, with the
 * reason.
 */
public record ScoreHistory(Instrument instrument, List<Series> series) {

  /** One administration's score on a series. */
  public record Point(
      UUID administrationId,
      LocalDate date,
      Double value,
      ChangeOutcome sincePrevious,
      ChangeOutcome sinceBaseline) {}

  /**
   * One subscale (and target) over time.
   *
   * @param target target id, {@code global}, or {@code null} for single-target instruments
   * @param reliability the reliability used, or null
   * @param spread the SD used, or null
   * @param cutOff the clinical cut-off, or null
   * @param unavailableReason why reliable change cannot be computed, or null
   */
  public record Series(
      Subscale subscale,
      String target,
      String targetLabel,
      List<Point> points,
      Reliability reliability,
      ScoreSpread spread,
      ClinicalCutOff cutOff,
      String unavailableReason) {

    public String title() {
      return targetLabel == null ? subscale.title() : subscale.title() + " - " + targetLabel;
    }

    /** Baseline score (first scored point), or null. */
    public Double baseline() {
      return points.stream().map(Point::value).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The newest point with a score, or null. */
    public Point latestPoint() {
      return points.stream().filter(p -> p.value() != null).reduce((a, b) -> b).orElse(null);
    }

    /** Smallest reliable difference, or null when change cannot be computed. */
    public Double minimumReliableDifference() {
      return reliability == null || spread == null
          ? null
          : ReliableChange.minimumReliableDifference(spread, reliability);
    }

    /** The parameters in words, for footnotes and title attributes. */
    public String parameters() {
      if (unavailableReason != null) {
        return unavailableReason;
      }
      return String.format(
          java.util.Locale.ROOT,
          "Reliability r = %.2f (%s; %s). SD = %.2f (%s). Minimum reliable difference %.3f."
              + " Cut-off: %s.",
          reliability.value(),
          reliability.kind() == Reliability.Kind.TEST_RETEST ? "test-retest" : "Cronbach's alpha",
          reliability.source(),
          spread.sd(),
          spread.source(),
          minimumReliableDifference(),
          cutOff == null ? "none (no published norms with a citation)" : cutOff.basis());
    }
  }

  /** A completed administration with its stored scores. */
  record Scored(UUID administrationId, LocalDate date, List<Score> scores) {}

  /** Looks up the entered parameter for (subscale, target key); target key "" when untargeted. */
  interface Parameters {
    Optional<ChangeParameter> find(String subscaleId, String targetKey);
  }

  static ScoreHistory of(Instrument instrument, List<Scored> administrations, Parameters params) {
    List<Series> series = new ArrayList<>();
    List<String[]> targets = new ArrayList<>();
    if (instrument.isTargeted()) {
      for (Target t : instrument.targets()) {
        targets.add(new String[] {t.id(), t.label()});
      }
      targets.add(new String[] {Score.GLOBAL, "Global (mean over targets answered)"});
    } else {
      targets.add(new String[] {null, null});
    }
    for (Subscale subscale : instrument.subscales()) {
      for (String[] target : targets) {
        series.add(seriesOf(instrument, subscale, target[0], target[1], administrations, params));
      }
    }
    return new ScoreHistory(instrument, List.copyOf(series));
  }

  private static Series seriesOf(
      Instrument instrument,
      Subscale subscale,
      String target,
      String targetLabel,
      List<Scored> administrations,
      Parameters params) {
    String key = target == null ? "" : target;
    Optional<ChangeParameter> entered = params.find(subscale.id(), key);
    Reliability reliability =
        entered
            .map(ChangeParameter::reliability)
            .or(() -> subscale.preferredReliability(target))
            .orElse(null);
    ScoreSpread spread = entered.map(ChangeParameter::spread).orElse(null);
    ClinicalCutOff cutOff =
        ClinicalCutOff.preferred(subscale.normsFor(target), subscale.direction()).orElse(null);
    String where =
        instrument.id() + " " + subscale.title() + (target == null ? "" : " (" + target + ")");
    String reason = null;
    if (reliability == null && spread == null) {
      reason =
          "Reliable change cannot be computed for "
              + where
              + ": no reliability and no SD with a source are on file. A clinician or"
              + " administrator can enter both under Change parameters.";
    } else if (reliability == null) {
      reason =
          "Reliable change cannot be computed for "
              + where
              + ": the definition has no reliability for it and none was entered with a source.";
    } else if (spread == null) {
      reason =
          "Reliable change cannot be computed for "
              + where
              + ": no SD with a source has been entered (SecureBase ships no norms).";
    }
    List<Point> points = new ArrayList<>();
    Score baseline = null;
    Score previous = null;
    for (Scored a : administrations) {
      Score score =
          a.scores().stream()
              .filter(
                  s -> s.subscaleId().equals(subscale.id()) && Objects.equals(s.target(), target))
              .findFirst()
              .orElse(null);
      if (score == null) {
        continue;
      }
      ChangeOutcome sincePrevious = null;
      ChangeOutcome sinceBaseline = null;
      if (!score.isMissing()) {
        if (previous != null) {
          sincePrevious = change(previous, score, subscale, reliability, spread, cutOff, reason);
        }
        if (baseline != null && baseline != previous) {
          sinceBaseline = change(baseline, score, subscale, reliability, spread, cutOff, reason);
        } else if (baseline != null) {
          sinceBaseline = sincePrevious;
        }
      }
      points.add(
          new Point(a.administrationId(), a.date(), score.value(), sincePrevious, sinceBaseline));
      if (!score.isMissing()) {
        previous = score;
        if (baseline == null) {
          baseline = score;
        }
      }
    }
    return new Series(
        subscale, target, targetLabel, List.copyOf(points), reliability, spread, cutOff, reason);
  }

  private static ChangeOutcome change(
      Score pre,
      Score post,
      Subscale subscale,
      Reliability reliability,
      ScoreSpread spread,
      ClinicalCutOff cutOff,
      String reason) {
    if (reason != null) {
      return ChangeOutcome.unavailable(reason);
    }
    return new ChangeOutcome(
        ReliableChange.between(pre, post, subscale, spread, reliability, cutOff), null);
  }

  /** Series that have at least one scored point. */
  public List<Series> scoredSeries() {
    return series.stream()
        .filter(s -> s.points().stream().anyMatch(p -> p.value() != null))
        .toList();
  }

  /** Column headings of the side-by-side table: the targets then global, or one column. */
  public List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (Target t : instrument.targets()) {
      columns.add(t.label());
    }
    columns.add(instrument.isTargeted() ? "Global" : "Score");
    return columns;
  }

  /** One cell of the side-by-side table: the latest score of a series. */
  public record Cell(Series series, Point latest) {
    public String text() {
      return latest == null || latest.value() == null
          ? "-"
          : String.format(java.util.Locale.ROOT, "%.2f", latest.value());
    }
  }

  /** A subscale row of the side-by-side table. */
  public record Row(Subscale subscale, List<Cell> cells) {}

  /** Latest scores with subscales as rows and targets side by side as columns (ECR-RS). */
  public List<Row> latestRows() {
    List<Row> rows = new ArrayList<>();
    for (Subscale subscale : instrument.subscales()) {
      List<Cell> cells = new ArrayList<>();
      for (Series s : series) {
        if (s.subscale().id().equals(subscale.id())) {
          Point latest =
              s.points().stream().filter(p -> p.value() != null).reduce((a, b) -> b).orElse(null);
          cells.add(new Cell(s, latest));
        }
      }
      rows.add(new Row(subscale, List.copyOf(cells)));
    }
    return rows;
  }

  /** Dates of all administrations in this history, oldest first. */
  public List<LocalDate> dates() {
    return series.stream()
        .flatMap(s -> s.points().stream())
        .map(Point::date)
        .distinct()
        .sorted()
        .toList();
  }

  static Map<String, String> targetLabels(Instrument instrument) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    for (Target t : instrument.targets()) {
      labels.put(t.id(), t.label());
    }
    return labels;
  }
}
