package org.securebase.app.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A practice's audio (decrypted for its client or clinician) and the progress of its render. */
@RestController
class PracticeApiController {

  private final Practices practices;

  PracticeApiController(Practices practices) {
    this.practices = practices;
  }

  @GetMapping("/practices/{practiceId}/audio.mp3")
  ResponseEntity<Resource> audio(
      @PathVariable UUID practiceId, @AuthenticationPrincipal SignedInUser user) {
    // A Resource body lets Spring answer the browser's Range requests (206) for seeking.
    byte[] audio = practices.audio(practiceId, user);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(PracticeAudio.Format.MP3.mediaType()))
        .cacheControl(CacheControl.noStore())
        .body(new ByteArrayResource(audio));
  }

  @GetMapping("/api/practices/{practiceId}/audio")
  Map<String, Object> audioState(
      @PathVariable UUID practiceId, @AuthenticationPrincipal SignedInUser user) {
    AudioState state = practices.audioState(practiceId, user);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("status", state.status().name());
    json.put("percent", state.percent());
    json.put("stage", state.stage());
    json.put("seconds", state.seconds());
    return json;
  }
}
