package org.securebase.app.discourse;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections as JSON for the signed-in coder's own use, and the export of that coder's corrected
 * transcripts as labelled corpus data (JSON Lines, the format {@code securebase evaluate} reads).
 */
@RestController
class CorrectionApiController {

  private final DiscourseCorrections corrections;

  CorrectionApiController(DiscourseCorrections corrections) {
    this.corrections = corrections;
  }

  @GetMapping("/api/codings/{id}/evidence/corrections")
  List<Correction> listMine(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return corrections.mine(id, user);
  }

  @PostMapping(
      value = "/api/codings/{id}/evidence/corrections",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Correction> create(
      @PathVariable UUID id,
      @RequestBody CorrectionForm form,
      @AuthenticationPrincipal SignedInUser user) {
    Correction c = corrections.add(id, form, user);
    return ResponseEntity.created(URI.create("/api/codings/" + id + "/evidence/corrections"))
        .body(c);
  }

  @GetMapping("/reliability/corrections.jsonl")
  ResponseEntity<String> export(@AuthenticationPrincipal SignedInUser user) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/jsonl; charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"discourse-corrections.jsonl\"")
        .body(corrections.exportJsonLines(user));
  }
}
