package org.securebase.app.interview;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.securebase.app.client.Caseload;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Transcript pages: the list, the import form, one transcript, and assigning coders. */
@Controller
class TranscriptController {

  private static final String VIEW_LIST = "interview/transcripts";
  private static final String VIEW_IMPORT = "interview/import";
  private static final String VIEW_TRANSCRIPT = "interview/transcript";

  private final Interviews interviews;
  private final Caseload clients;
  private final TranscriptEvidence evidence;

  TranscriptController(Interviews interviews, Caseload clients, TranscriptEvidence evidence) {
    this.interviews = interviews;
    this.clients = clients;
    this.evidence = evidence;
  }

  @GetMapping("/transcripts")
  String showTranscripts(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("transcripts", interviews.list(user));
    return VIEW_LIST;
  }

  @GetMapping("/transcripts/new")
  String initImportForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("form", new TranscriptImport());
    return importForm(user, model);
  }

  @PostMapping("/transcripts/new")
  String processImportForm(
      @ModelAttribute("form") TranscriptImport form,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response)
      throws IOException {
    byte[] upload = file == null || file.isEmpty() ? null : file.getBytes();
    try {
      InterviewTranscript t = interviews.importTranscript(form, upload, user);
      redirect.addFlashAttribute(
          "notice",
          "Transcript imported: " + t.turnCount() + " turns, " + t.wordCount() + " words.");
      return "redirect:/transcripts/" + t.id();
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errorField", e.field());
      model.addAttribute("errorMessage", e.problem());
      return importForm(user, model);
    }
  }

  @GetMapping("/transcripts/{id}")
  String showTranscript(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    InterviewTranscript t = interviews.read(id, user);
    model.addAttribute("transcript", t);
    model.addAttribute("view", evidence.view(t.content()));
    model.addAttribute("infant", interviews.infantClassifications(id));
    model.addAttribute(
        "mayAssign",
        t.importedBy().equals(user.id())
            || (user.role() == Role.CLINICIAN && t.clientId() != null));
    return VIEW_TRANSCRIPT;
  }

  @PostMapping("/transcripts/{id}/coders")
  String processAssignForm(
      @PathVariable UUID id,
      @RequestParam(name = "coder", required = false) String coder,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    try {
      interviews.assign(id, coder, user);
      redirect.addFlashAttribute("notice", "Coder " + coder.strip() + " assigned.");
    } catch (BadInputException e) {
      redirect.addFlashAttribute("assignError", e.problem());
    }
    return "redirect:/transcripts/" + id;
  }

  @PostMapping("/transcripts/{id}/infant")
  String processInfantForm(
      @PathVariable UUID id,
      @RequestParam(name = "category", required = false) String category,
      @RequestParam(name = "caregiver", required = false) String caregiver,
      @RequestParam(name = "ageMonths", required = false) String ageMonths,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    try {
      interviews.addInfantClassification(id, category, caregiver, ageMonths, user);
      redirect.addFlashAttribute("notice", "Infant classification recorded.");
    } catch (BadInputException e) {
      redirect.addFlashAttribute("infantErrorField", e.field());
      redirect.addFlashAttribute("infantError", e.problem());
    }
    return "redirect:/transcripts/" + id;
  }

  private String importForm(SignedInUser user, Model model) {
    model.addAttribute("isClinician", user.role() == Role.CLINICIAN);
    model.addAttribute(
        "clients", user.role() == Role.CLINICIAN ? clients.list(user) : java.util.List.of());
    return VIEW_IMPORT;
  }
}
