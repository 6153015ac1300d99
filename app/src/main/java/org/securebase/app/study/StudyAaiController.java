package org.securebase.app.study;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The study's AAI table, and attaching a workbench coding to a participant's wave. */
@Controller
class StudyAaiController {

  private static final String VIEW_AAI = "study/aai";

  private final StudyAaiTable table;

  StudyAaiController(StudyAaiTable table) {
    this.table = table;
  }

  @GetMapping("/studies/{id}/aai")
  String showAai(
      @PathVariable UUID id,
      @RequestParam(name = "participant", required = false) String participant,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("page", table.page(id, participant, user));
    return VIEW_AAI;
  }

  @PostMapping("/studies/{id}/aai")
  String processAttachForm(
      @PathVariable UUID id,
      @RequestParam(name = "participant", defaultValue = "") String participant,
      @RequestParam(name = "wave", defaultValue = "") String wave,
      @RequestParam(name = "codingId", required = false) UUID codingId,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      StudyAaiTable.Line line = table.attach(id, participant, wave, codingId, user);
      // Flash attributes live in the session table: plain strings only.
      redirect.addFlashAttribute("attachedClassification", line.classification());
      redirect.addFlashAttribute("attachedParticipant", line.participant());
      redirect.addFlashAttribute("attachedWave", line.wave());
      return "redirect:"
          + UriComponentsBuilder.fromPath("/studies/{id}/aai")
              .queryParam("participant", line.participant())
              .buildAndExpand(id)
              .encode()
              .toUriString();
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errorField", e.field());
      model.addAttribute("errorMessage", e.problem());
      model.addAttribute("page", table.page(id, participant, user));
      return VIEW_AAI;
    }
  }
}
