package org.securebase.app.measure;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.measure.Direction;
import org.securebase.core.measure.ResponseScale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measures as JSON: assignments, scores with reliable change, chart data, the client's due list.
 */
@RestController
class MeasureApiController {

  private final OutcomeMonitoring monitoring;

  MeasureApiController(OutcomeMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @PostMapping("/api/clients/{id}/measures/assignments")
  ResponseEntity<Assignment> assign(
      @PathVariable UUID id,
      @Valid @RequestBody AssignmentForm form,
      @AuthenticationPrincipal SignedInUser user) {
    Assignment a = monitoring.assign(id, form, user);
    return ResponseEntity.created(URI.create("/api/clients/" + id + "/measures")).body(a);
  }

  /** A series' points with their reliable-change results, flattened for JSON. */
  record PointJson(
      LocalDate date,
      long day,
      Double value,
      String sincePrevious,
      boolean reliableSincePrevious,
      String sinceBaseline,
      boolean reliableSinceBaseline,
      String footnote) {}

  record SeriesJson(
      int index,
      String title,
      String subscale,
      String target,
      Direction direction,
      Double baseline,
      Double minimumReliableDifference,
      String parameters,
      List<PointJson> points) {}

  record EventJson(LocalDate date, long day, String kind, String note) {}

  record ChartJson(
      String instrumentId,
      String instrumentVersion,
      String title,
      boolean selfMonitoring,
      int scaleMin,
      int scaleMax,
      List<SeriesJson> series,
      List<EventJson> events) {}

  record OverviewJson(UUID clientId, List<Assignment> assignments, List<ChartJson> instruments) {}

  @GetMapping("/api/clients/{id}/measures")
  OverviewJson overview(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    OutcomeMonitoring.ClientMeasures m = monitoring.overview(id, user);
    List<ChartJson> charts = new ArrayList<>();
    for (ScoreHistory h : m.histories().values()) {
      charts.add(chart(h, m.events()));
    }
    return new OverviewJson(id, m.assignments(), charts);
  }

  @GetMapping("/api/clients/{id}/measures/{instrumentId}/chart")
  ChartJson chart(
      @PathVariable UUID id,
      @PathVariable String instrumentId,
      @AuthenticationPrincipal SignedInUser user) {
    OutcomeMonitoring.ClientMeasures m = monitoring.overview(id, user);
    ScoreHistory h = m.histories().get(instrumentId);
    if (h == null) {
      throw new RecordNotFoundException("measure", instrumentId);
    }
    return chart(h, m.events());
  }

  static ChartJson chart(ScoreHistory h, List<EventNote> events) {
    List<SeriesJson> series = new ArrayList<>();
    List<ScoreHistory.Series> scored = h.scoredSeries();
    for (int i = 0; i < scored.size(); i++) {
      ScoreHistory.Series s = scored.get(i);
      List<PointJson> points = new ArrayList<>();
      for (ScoreHistory.Point p : s.points()) {
        points.add(
            new PointJson(
                p.date(),
                p.date().toEpochDay(),
                p.value(),
                p.sincePrevious() == null ? null : p.sincePrevious().label(),
                p.sincePrevious() != null && p.sincePrevious().isReliable(),
                p.sinceBaseline() == null ? null : p.sinceBaseline().label(),
                p.sinceBaseline() != null && p.sinceBaseline().isReliable(),
                p.sincePrevious() == null ? null : p.sincePrevious().footnote()));
      }
      series.add(
          new SeriesJson(
              i,
              s.title(),
              s.subscale().id(),
              s.target(),
              s.subscale().direction(),
              s.baseline(),
              s.minimumReliableDifference(),
              s.parameters(),
              points));
    }
    List<EventJson> eventJson =
        events.stream()
            .map(
                e ->
                    new EventJson(
                        e.occurredOn(), e.occurredOn().toEpochDay(), e.kind().label(), e.note()))
            .toList();
    ResponseScale scale = h.instrument().scale();
    return new ChartJson(
        h.instrument().id(),
        h.instrument().version(),
        h.instrument().title(),
        h.instrument().selfMonitoring(),
        scale.min(),
        scale.max(),
        series,
        eventJson);
  }

  @GetMapping("/api/clients/{id}/fhir")
  ResponseEntity<byte[]> fhir(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    ExportFile file = monitoring.fhirBundle(id, user);
    return ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.parseMediaType("application/fhir+json"))
        .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.attachment()
                .filename(file.filename())
                .build()
                .toString())
        .body(file.content());
  }

  @GetMapping("/api/me/measures")
  Map<String, List<DueMeasure>> due(@AuthenticationPrincipal SignedInUser user) {
    return Map.of("due", monitoring.dueForClient(user));
  }
}
