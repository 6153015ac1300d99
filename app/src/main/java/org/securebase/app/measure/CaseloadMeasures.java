package org.securebase.app.measure;

import static org.securebase.app.measure.MeasureAccess.ADMINISTRATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.measure.Score;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures column of the caseload: what waits and the latest change, per client. The change is
 * the core's Jacobson-Truax result since the client's first score on the instrument (as {@link
 * ScoreHistory} computes it for the measures page), reduced to its direction.
 */
@Component
class CaseloadMeasures {

  private final MeasureRepository repository;
  private final MeasureReading reading;
  private final AuditLog audit;
  private final Clock clock;

  CaseloadMeasures(
      MeasureRepository repository, MeasureReading reading, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.reading = reading;
    this.audit = audit;
    this.clock = clock;
  }

  /** One row per client shown; the caller listed them from this clinician's own caseload. */
  @Transactional(readOnly = true)
  Map<UUID, CaseloadRow> rows(SignedInUser clinician, List<Client> shown) {
    Map<UUID, CaseloadRow> rows = new HashMap<>();
    if (clinician.role() != Role.CLINICIAN) {
      return rows;
    }
    LocalDate today = LocalDate.now(clock);
    for (Client c : shown) {
      if (!c.clinicianId().equals(clinician.id())) {
        continue;
      }
      List<Administration> all = repository.administrationsOf(c.id());
      int due = 0;
      int overdue = 0;
      for (Administration a : all) {
        if (a.isAnswerable(today) && !a.dueDate().isAfter(today)) {
          due++;
          overdue += a.isOverdue(today) ? 1 : 0;
        }
      }
      rows.put(c.id(), new CaseloadRow(due, overdue, latest(c.id(), all)));
    }
    audit.record("READ", ADMINISTRATION, "caseload:" + clinician.id());
    return rows;
  }

  private CaseloadRow.LatestScore latest(UUID clientId, List<Administration> all) {
    Administration newest =
        all.stream()
            .filter(Administration::isCompleted)
            .max(Comparator.comparing(Administration::scoreDate))
            .orElse(null);
    if (newest == null) {
      return null;
    }
    ScoreHistory history = reading.histories(clientId, all).get(newest.instrumentId());
    if (history == null) {
      return null;
    }
    ScoreHistory.Series series =
        history.series().stream()
            .filter(s -> s.target() == null || Score.GLOBAL.equals(s.target()))
            .filter(s -> s.latestPoint() != null)
            .findFirst()
            .orElse(null);
    if (series == null) {
      return null;
    }
    ScoreHistory.Point point = series.latestPoint();
    LocalDate baselineDate =
        series.points().stream()
            .filter(p -> p.value() != null)
            .map(ScoreHistory.Point::date)
            .findFirst()
            .orElse(point.date());
    return new CaseloadRow.LatestScore(
        shortName(history.instrument().id()),
        history.instrument().title(),
        series.subscale().title(),
        point.date(),
        point.value(),
        direction(point.sinceBaseline()),
        baselineDate,
        // A checklist of the client's own, not a validated measure: said beside its change.
        history.instrument().selfMonitoring());
  }

  /**
   * The abbreviation a clinician knows (PHQ-9, ECR-RS), from the instrument's id; a long id such as
   * {@code signs-of-security} is no abbreviation, so none is shown (the scale's title says it).
   */
  static String shortName(String instrumentId) {
    return instrumentId.length() <= 8 ? instrumentId.toUpperCase(Locale.ROOT) : "";
  }

  /** The direction of a change since the first score; null (no earlier score) is the first. */
  static CaseloadRow.Direction direction(ChangeOutcome change) {
    if (change == null) {
      return CaseloadRow.Direction.FIRST_SCORE;
    }
    if (!change.isAvailable()) {
      return CaseloadRow.Direction.NOT_COMPUTED;
    }
    return switch (change.result().category()) {
      case RECOVERED, IMPROVED -> CaseloadRow.Direction.IMPROVED;
      case UNCHANGED -> CaseloadRow.Direction.NO_RELIABLE_CHANGE;
      case DETERIORATED -> CaseloadRow.Direction.DETERIORATED;
      case RELIABLY_CHANGED -> CaseloadRow.Direction.CHANGED;
    };
  }
}
