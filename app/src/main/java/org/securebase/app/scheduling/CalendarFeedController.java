package org.securebase.app.scheduling;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A clinician's private calendar feed: whoever holds the URL can read it, so it shows times and
 * neutral titles only (no client names), and the clinician can revoke it at any time, after which
 * the URL answers 404.
 */
@Controller
class CalendarFeedController {

  private final ClientAppointments appointments;

  CalendarFeedController(ClientAppointments appointments) {
    this.appointments = appointments;
  }

  @GetMapping("/feeds/calendar/{token}.ics")
  ResponseEntity<String> feed(@PathVariable String token) {
    return appointments
        .feed(token)
        .map(
            ics ->
                AppointmentApiController.calendarFile(
                    ics,
                    java.util.UUID.nameUUIDFromBytes(
                        token.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
  }
}
