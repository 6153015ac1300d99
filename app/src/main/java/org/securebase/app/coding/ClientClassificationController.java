package org.securebase.app.coding;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The agreed classification of an interview of the clinician's own client, as a page and as JSON:
 * the consensus (or, before one, each coder's final coding) with coder and rule, never a draft.
 */
@Controller
class ClientClassificationController {

  private static final String VIEW = "coding/client-classification";

  private final AgreedCodings agreed;

  ClientClassificationController(AgreedCodings agreed) {
    this.agreed = agreed;
  }

  /** One coding as the clinician sees it. */
  record Shown(
      UUID id,
      String kind,
      String classification,
      String coder,
      String consensusOf,
      int version,
      OffsetDateTime finalizedAt,
      String earnedStatus,
      String ruleId,
      String ruleVersion,
      Map<String, String> ruleParameters) {
    static Shown of(StoredCoding c) {
      StoredEarned e = c.earned();
      return new Shown(
          c.id(),
          c.kind().name(),
          c.notation(),
          c.coderName(),
          c.consensusOf(),
          c.version(),
          c.finalizedAt(),
          e == null ? null : e.status(),
          e == null ? null : e.ruleId(),
          e == null ? null : e.ruleVersion(),
          e == null ? Map.of() : e.parameterMap());
    }
  }

  /** The JSON: {@code agreed} is "consensus", "final codings" or "none yet". */
  record ClassificationJson(UUID transcriptId, String agreed, List<Shown> codings) {}

  @GetMapping("/transcripts/{id}/classification")
  String showClassification(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("view", agreed.forClinician(id, user));
    return VIEW;
  }

  @GetMapping("/api/transcripts/{id}/classification")
  @ResponseBody
  ClassificationJson classification(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    AgreedCodings.ClientView v = agreed.forClinician(id, user);
    String kind = v.consensus().isPresent() ? "consensus" : v.nothingYet() ? "none" : "final";
    return new ClassificationJson(
        id,
        kind,
        Stream.concat(v.consensus().stream(), v.finals().stream()).map(Shown::of).toList());
  }
}
