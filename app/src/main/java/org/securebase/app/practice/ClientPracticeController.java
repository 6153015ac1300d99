package org.securebase.app.practice;

import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's practice pages: approved practices, the player with its checks, a request. */
@Controller
class ClientPracticeController {

  static final String VIEW_LIST = "practice/client-list";
  static final String VIEW_PLAYER = "practice/player";

  private final Practices practices;

  ClientPracticeController(Practices practices) {
    this.practices = practices;
  }

  @GetMapping("/me/practices")
  String showMine(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("form", practices.builderDefaults(own(user), user));
    return listPage(user, model);
  }

  @PostMapping("/me/practices")
  String processRequest(
      @ModelAttribute("form") PracticeForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      practices.build(own(user), form, user);
      redirect.addFlashAttribute("noticeCode", "practice.notice.requested");
      return "redirect:/me/practices";
    } catch (Practices.CrisisStopped stopped) {
      model.addAttribute("crisisStopped", true);
    } catch (BadInputException e) {
      model.addAttribute("fieldError", e.field());
      model.addAttribute("fieldProblem", e.problem());
    }
    return listPage(user, model);
  }

  private String listPage(SignedInUser user, Model model) {
    UUID clientId = own(user);
    model.addAttribute("practices", practices.list(clientId, user));
    model.addAttribute("groundingSuggested", practices.groundingOnlySuggested(clientId, user));
    model.addAttribute("association", practices.association(clientId, user));
    model.addAttribute("since", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusWeeks(12));
    PracticeController.options(model);
    return VIEW_LIST;
  }

  @GetMapping("/me/practices/{practiceId}")
  String showPlayer(
      @PathVariable UUID practiceId,
      @RequestParam(required = false) UUID session,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    Practice p = practices.read(practiceId, user);
    model.addAttribute("practice", p);
    model.addAttribute("sentences", p.script().sentences());
    model.addAttribute("sessionId", session);
    model.addAttribute("audio", practices.audioState(practiceId, user));
    model.addAttribute("scores", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    return VIEW_PLAYER;
  }

  @PostMapping("/me/practices/{practiceId}/before")
  String processBefore(
      @PathVariable UUID practiceId,
      @RequestParam int settled,
      @RequestParam int real,
      @AuthenticationPrincipal SignedInUser user) {
    UUID session = practices.startSession(practiceId, settled, real, user);
    return "redirect:/me/practices/" + practiceId + "?session=" + session;
  }

  @PostMapping("/me/practices/{practiceId}/after")
  String processAfter(
      @PathVariable UUID practiceId,
      @RequestParam UUID session,
      @RequestParam int settled,
      @RequestParam int real,
      @RequestParam(defaultValue = "false") boolean unreal,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    PracticeSession done = practices.completeSession(session, settled, real, unreal, user);
    if (!done.practiceId().equals(practiceId)) {
      throw new RecordNotFoundException("practice_session", session);
    }
    redirect.addFlashAttribute(
        "noticeCode", done.groundingOnly() ? "practice.player.grounding" : "practice.player.saved");
    return "redirect:/me/practices";
  }

  private static UUID own(SignedInUser user) {
    if (user.clientId() == null) {
      throw new RecordNotFoundException("client", user.id());
    }
    return user.clientId();
  }
}
