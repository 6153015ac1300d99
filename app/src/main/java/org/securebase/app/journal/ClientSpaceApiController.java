package org.securebase.app.journal;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client's logs as JSON: for the recovery chart and for phone apps, and for the clinician the
 * client's logs as they may see them (structured logs, shared entries, flags without text).
 */
@RestController
class ClientSpaceApiController {

  private final ActivationLog activations;
  private final Journal journal;
  private final SupportLog support;
  private final CrisisFlags flags;
  private final RecoveryContext context;

  ClientSpaceApiController(
      ActivationLog activations,
      Journal journal,
      SupportLog support,
      CrisisFlags flags,
      RecoveryContext context) {
    this.context = context;
    this.activations = activations;
    this.journal = journal;
    this.support = support;
    this.flags = flags;
  }

  /** One point of the recovery chart. */
  record Point(OffsetDateTime at, int minutes, boolean noticedAndNamed) {}

  /**
   * The chart's data and the trend in words with the method that produced it; the clinician's
   * planned breaks and the practices completed per week, to set the episodes against.
   */
  record Recovery(
      List<Point> points,
      List<Setback> setbacks,
      RecoveryInWords trend,
      List<RecoveryMarks.Break> breaks,
      List<RecoveryContext.PracticeWeek> practiceWeeks) {}

  @GetMapping("/api/me/recovery")
  Recovery recovery(@AuthenticationPrincipal SignedInUser user) {
    List<Activation> all = activations.list(user.clientId(), user);
    RecoveryContext.Marks marks = context.of(user.clientId(), user, all);
    return new Recovery(
        all.stream()
            .map(a -> new Point(a.occurredAt(), a.minutesUntilSettled(), a.noticedAndNamed()))
            .toList(),
        activations.setbacks(user.clientId(), user),
        ActivationLog.trend(all),
        marks.breaks(),
        marks.practiceWeeks());
  }

  /** What saving found; {@code crisisHelp} is true when the words call for help at once. */
  record SavedJson(UUID id, boolean crisisHelp, String help) {
    static SavedJson of(UUID id, boolean crisis) {
      return new SavedJson(
          id,
          crisis,
          crisis
              ? "If you are thinking of harming yourself, reach help now: in the US call or text 988;"
                  + " if you are in danger call 911 or your local emergency number. SecureBase is"
                  + " not an emergency service."
              : null);
    }
  }

  @PostMapping("/api/me/activations")
  ResponseEntity<SavedJson> recordActivation(
      @Valid @RequestBody ActivationForm form, @AuthenticationPrincipal SignedInUser user) {
    ActivationLog.Saved saved = activations.record(form, user);
    return ResponseEntity.created(URI.create("/api/me/activations/" + saved.id()))
        .body(SavedJson.of(saved.id(), saved.crisisLanguage()));
  }

  @PostMapping("/api/me/journal")
  ResponseEntity<SavedJson> writeJournal(
      @Valid @RequestBody JournalForm form, @AuthenticationPrincipal SignedInUser user) {
    Journal.Saved saved = journal.write(form, user);
    return ResponseEntity.created(URI.create("/api/me/journal/" + saved.id()))
        .body(SavedJson.of(saved.id(), saved.crisisLanguage()));
  }

  /** What a clinician may see of a client's own space. */
  record ClinicianView(
      List<CrisisFlag> flags,
      RecoveryInWords trend,
      List<Activation> activations,
      List<Setback> setbacks,
      List<SupportEvent> support,
      List<JournalEntry> sharedJournal) {}

  @GetMapping("/api/clients/{id}/logs")
  ClinicianView logs(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    List<Activation> acts = activations.list(id, user);
    return new ClinicianView(
        flags.list(id, user),
        ActivationLog.trendForClinician(acts),
        acts,
        activations.setbacks(id, user),
        support.list(id, user),
        journal.shared(id, user));
  }
}
