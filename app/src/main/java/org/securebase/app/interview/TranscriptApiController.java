package org.securebase.app.interview;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.measure.Assignment;
import org.securebase.core.attachment.InfantClassification;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Transcripts as JSON: list, import, read, assign a coder. */
@RestController
class TranscriptApiController {

  private final Interviews interviews;

  TranscriptApiController(Interviews interviews) {
    this.interviews = interviews;
  }

  /** A list row: no transcript text. */
  record TranscriptSummary(
      UUID id,
      String participantCode,
      UUID clientId,
      String sourceFormat,
      int turnCount,
      int wordCount,
      OffsetDateTime createdAt,
      List<String> coders) {
    static TranscriptSummary of(InterviewTranscript t) {
      return new TranscriptSummary(
          t.id(),
          t.participantCode(),
          t.clientId(),
          t.sourceFormat(),
          t.turnCount(),
          t.wordCount(),
          t.createdAt(),
          t.coders().stream().map(AssignedCoder::username).toList());
    }
  }

  /** A turn with its words, offsets into {@code text}, and its question number. */
  record TurnView(int index, String speaker, int start, int end, Integer question, String words) {}

  /** An infant Strange Situation classification of the participant. */
  record Infant(String category, String caregiver, double ageMonths) {
    static List<Infant> of(List<InfantClassification> list) {
      return list.stream()
          .map(i -> new Infant(i.category().name(), i.caregiver().name(), i.ageMonths()))
          .toList();
    }
  }

  record InfantBody(String category, String caregiver, String ageMonths) {}

  record TranscriptView(
      TranscriptSummary transcript, String text, List<TurnView> turns, List<Infant> infant) {
    static TranscriptView of(InterviewTranscript t, List<InfantClassification> infant) {
      var c = t.content();
      return new TranscriptView(
          TranscriptSummary.of(t),
          c.text(),
          c.turns().stream()
              .map(
                  turn ->
                      new TurnView(
                          turn.index(),
                          turn.speaker().name(),
                          turn.start(),
                          turn.end(),
                          turn.question(),
                          c.textOf(turn)))
              .toList(),
          Infant.of(infant));
    }
  }

  record Assignment(String coder) {}

  @GetMapping("/api/transcripts")
  List<TranscriptSummary> list(@AuthenticationPrincipal SignedInUser user) {
    return interviews.list(user).stream().map(TranscriptSummary::of).toList();
  }

  @GetMapping("/api/transcripts/{id}")
  TranscriptView read(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return TranscriptView.of(interviews.read(id, user), interviews.infantClassifications(id));
  }

  @PostMapping("/api/transcripts")
  ResponseEntity<TranscriptView> importTranscript(
      @RequestBody TranscriptImport form, @AuthenticationPrincipal SignedInUser user) {
    InterviewTranscript t = interviews.importTranscript(form, null, user);
    return ResponseEntity.created(URI.create("/api/transcripts/" + t.id()))
        .body(TranscriptView.of(t, List.of()));
  }

  @PostMapping("/api/transcripts/{id}/infant-classifications")
  ResponseEntity<List<Infant>> addInfant(
      @PathVariable UUID id,
      @RequestBody InfantBody body,
      @AuthenticationPrincipal SignedInUser user) {
    return ResponseEntity.status(201)
        .body(
            Infant.of(
                interviews.addInfantClassification(
                    id, body.category(), body.caregiver(), body.ageMonths(), user)));
  }

  @PostMapping("/api/transcripts/{id}/coders")
  TranscriptSummary assign(
      @PathVariable UUID id,
      @RequestBody Assignment assignment,
      @AuthenticationPrincipal SignedInUser user) {
    return TranscriptSummary.of(interviews.assign(id, assignment.coder(), user));
  }
}
