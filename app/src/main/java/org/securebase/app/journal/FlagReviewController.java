package org.securebase.app.journal;

import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinician marks a crisis flag as seen, from the client's record or the client's logs. */
@Controller
class FlagReviewController {

  private final CrisisFlags flags;

  FlagReviewController(CrisisFlags flags) {
    this.flags = flags;
  }

  @PostMapping("/clients/{id}/flags/{flagId}/seen")
  String markSeen(
      @PathVariable UUID id,
      @PathVariable UUID flagId,
      @RequestParam(name = "back", defaultValue = "record") String back,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    flags.markSeen(id, flagId, user);
    redirect.addFlashAttribute("noticeCode", "flags.marked-seen");
    return switch (back) {
      case "logs" -> "redirect:/clients/" + id + "/logs#flags";
      case "caseload" -> "redirect:/clients";
      default -> "redirect:/clients/" + id + "#flags";
    };
  }
}
