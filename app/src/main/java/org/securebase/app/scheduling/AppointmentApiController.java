package org.securebase.app.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.scheduling.AppointmentStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinician's appointments as JSON, for integrations. Times go out both as the local date-time in
 * the appointment's zone and as the UTC instant, so a caller never has to guess the offset.
 */
@RestController
class AppointmentApiController {

  private final Appointments appointments;
  private final ClientAppointments forClients;
  private final AppointmentMoves moves;

  AppointmentApiController(
      Appointments appointments, ClientAppointments forClients, AppointmentMoves moves) {
    this.appointments = appointments;
    this.forClients = forClients;
    this.moves = moves;
  }

  /** An appointment as JSON. */
  record AppointmentJson(
      UUID id,
      UUID clientId,
      UUID clinicianId,
      String type,
      LocalDateTime start,
      LocalDateTime end,
      String timeZone,
      String startUtc,
      String endUtc,
      int durationMinutes,
      AppointmentStatus status,
      UUID seriesId,
      Integer seriesIndex,
      String uid,
      int sequence,
      UUID sessionId,
      int version) {
    static AppointmentJson of(Appointment a) {
      return new AppointmentJson(
          a.id(),
          a.clientId(),
          a.clinicianId(),
          a.typeCode(),
          a.localStart(),
          a.localEnd(),
          a.zone().getId(),
          a.start().toString(),
          a.end().toString(),
          (int) a.minutes(),
          a.status(),
          a.seriesId(),
          a.seriesIndex(),
          a.icalUid(),
          a.icalSequence(),
          a.sessionId(),
          a.version());
    }
  }

  /** A series as booked: its id, rule and every occurrence. */
  record SeriesJson(UUID seriesId, int count, List<AppointmentJson> appointments) {}

  /** Optional body of a cancellation: with {@code rest} the later occurrences of the series too. */
  record CancelJson(Boolean rest) {}

  record StatusJson(AppointmentStatus status) {}

  /** A move: the new local start of this occurrence; with {@code rest} the later ones follow. */
  record MoveJson(LocalDateTime start, Boolean rest) {}

  @GetMapping("/api/appointments")
  List<AppointmentJson> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @AuthenticationPrincipal SignedInUser user) {
    return appointments.between(user, from, to).stream().map(AppointmentJson::of).toList();
  }

  @PostMapping("/api/appointments")
  @ResponseStatus(HttpStatus.CREATED)
  AppointmentJson book(
      @RequestBody Appointments.BookingRequest body, @AuthenticationPrincipal SignedInUser user) {
    return AppointmentJson.of(appointments.book(body, user, false).get(0));
  }

  @PostMapping("/api/appointments/series")
  @ResponseStatus(HttpStatus.CREATED)
  SeriesJson bookSeries(
      @RequestBody Appointments.BookingRequest body, @AuthenticationPrincipal SignedInUser user) {
    List<Appointment> placed = appointments.book(body, user, true);
    return new SeriesJson(
        placed.get(0).seriesId(), placed.size(), placed.stream().map(AppointmentJson::of).toList());
  }

  @GetMapping("/api/appointments/{id}")
  AppointmentJson read(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return AppointmentJson.of(appointments.read(id, user));
  }

  @PostMapping("/api/appointments/{id}/cancel")
  List<AppointmentJson> cancel(
      @PathVariable UUID id,
      @RequestBody(required = false) CancelJson body,
      @AuthenticationPrincipal SignedInUser user) {
    boolean rest = body != null && Boolean.TRUE.equals(body.rest());
    return appointments.cancelByClinician(id, rest, user).stream()
        .map(AppointmentJson::of)
        .toList();
  }

  @PostMapping("/api/appointments/{id}/move")
  List<AppointmentJson> move(
      @PathVariable UUID id,
      @RequestBody MoveJson body,
      @AuthenticationPrincipal SignedInUser user) {
    boolean rest = Boolean.TRUE.equals(body.rest());
    return moves.move(id, body.start(), rest, user).stream().map(AppointmentJson::of).toList();
  }

  @PostMapping("/api/appointments/{id}/status")
  AppointmentJson status(
      @PathVariable UUID id,
      @RequestBody StatusJson body,
      @AuthenticationPrincipal SignedInUser user) {
    return AppointmentJson.of(appointments.record(id, body.status(), user));
  }

  @GetMapping("/api/appointments/{id}/ics")
  ResponseEntity<String> ics(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return calendarFile(forClients.invitationForClinician(id, user), id);
  }

  static ResponseEntity<String> calendarFile(String ics, UUID id) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appointment-" + id + ".ics\"")
        .body(ics);
  }

  @ExceptionHandler(BookingConflictException.class)
  ResponseEntity<ProblemDetail> conflict(BookingConflictException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
    p.setProperty(
        "conflicts",
        e.clashes().stream()
            .map(
                c ->
                    java.util.Map.of(
                        "requestedStart", c.requestedStart().toString(),
                        "requestedEnd", c.requestedEnd().toString(),
                        "conflictingStart", c.takenStart().toString(),
                        "conflictingEnd", c.takenEnd().toString()))
            .toList());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
  }
}
