package org.securebase.app.wiki;

import java.util.UUID;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who edits the library (for editors and administrators), and where my notices are e-mailed. */
@Controller
class WikiEditorController {

  private static final String EDITORS = "redirect:/library/editors";

  private final WikiEditors editors;
  private final WikiNotices notices;
  private final Wiki wiki;

  WikiEditorController(WikiEditors editors, WikiNotices notices, Wiki wiki) {
    this.editors = editors;
    this.notices = notices;
    this.wiki = wiki;
  }

  @GetMapping("/library/editors")
  String showEditors(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("page", editors.page(user));
    model.addAttribute("admin", user.role() == Role.ADMIN);
    return "wiki/editors";
  }

  @PostMapping("/library/editors/{accountId}/grant")
  String processGrant(
      @PathVariable UUID accountId,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    editors.grant(accountId, user);
    redirect.addFlashAttribute("noticeCode", "wiki.editors.granted");
    return EDITORS;
  }

  @PostMapping("/library/editors/{accountId}/revoke")
  String processRevoke(
      @PathVariable UUID accountId,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    editors.revoke(accountId, user);
    redirect.addFlashAttribute("noticeCode", "wiki.editors.revoked");
    return EDITORS;
  }

  @PostMapping("/library/notice-email")
  String processNoticeEmail(
      @RequestParam(required = false) String email,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    if (!Wiki.maySuggest(user) && !wiki.isEditor(user)) {
      throw new RecordNotFoundException("page", "notice-email");
    }
    notices.setAddress(user, email);
    redirect.addFlashAttribute(
        "noticeCode", email == null || email.isBlank() ? "wiki.mail.removed" : "wiki.mail.saved");
    return "redirect:/library/mine";
  }
}
