package org.securebase.app.client;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caseload as JSON, for the signed-in clinician. */
@RestController
class ClientApiController {

  private final Caseload caseload;

  ClientApiController(Caseload caseload) {
    this.caseload = caseload;
  }

  /** A caseload row: no clinical content, so the list can be shown at a glance. */
  record ClientSummary(UUID id, String displayName, LocalDate startDate, int version) {
    static ClientSummary of(Client c) {
      return new ClientSummary(c.id(), c.displayName(), c.startDate(), c.version());
    }
  }

  @GetMapping("/api/clients")
  List<ClientSummary> list(@AuthenticationPrincipal SignedInUser user) {
    return caseload.list(user).stream().map(ClientSummary::of).toList();
  }

  @GetMapping("/api/clients/{id}")
  Client read(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return caseload.read(id, user);
  }

  @PostMapping("/api/clients")
  ResponseEntity<Client> create(
      @Valid @RequestBody ClientForm form, @AuthenticationPrincipal SignedInUser user) {
    Client created = caseload.create(form, user);
    return ResponseEntity.created(URI.create("/api/clients/" + created.id())).body(created);
  }

  @PutMapping("/api/clients/{id}")
  Client update(
      @PathVariable UUID id,
      @Valid @RequestBody ClientForm form,
      @AuthenticationPrincipal SignedInUser user) {
    return caseload.update(id, form, user);
  }
}
