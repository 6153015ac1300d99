package org.securebase.app.wiki;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The library pages: articles, the suggestion form, the editors' queue, my suggestions. */
@Controller
class WikiController {

  private static final String ARTICLE = "wiki/article";

  /** A de-identified wording offered for one field, with the field's message key. */
  record Wording(String fieldKey, String text) {}

  /** A tier a new source may be given. */
  record Tier(int number, String key) {}

  private final Wiki wiki;
  private final WikiSuggestions suggestions;
  private final WikiNotices notices;

  WikiController(Wiki wiki, WikiSuggestions suggestions, WikiNotices notices) {
    this.wiki = wiki;
    this.suggestions = suggestions;
    this.notices = notices;
  }

  @GetMapping("/library")
  String showLibrary(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("articles", wiki.entries());
    model.addAttribute("editor", wiki.isEditor(user));
    model.addAttribute("canSuggest", Wiki.maySuggest(user));
    return "wiki/index";
  }

  @GetMapping("/library/{id}")
  String showArticle(
      @PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
    return article(id, user, new SuggestionForm(), model);
  }

  private String article(String id, SignedInUser user, SuggestionForm form, Model model) {
    model.addAttribute("page", wiki.page(id, user));
    model.addAttribute("form", form);
    model.addAttribute(
        "tiers",
        List.of(
            new Tier(1, "wiki.tier.1"), new Tier(2, "wiki.tier.2"), new Tier(3, "wiki.tier.3")));
    return ARTICLE;
  }

  @PostMapping("/library/{id}/suggestions")
  String processSuggestion(
      @PathVariable String id,
      @ModelAttribute("form") SuggestionForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      suggestions.suggest(id, form, user);
    } catch (PhiRefusedException e) {
      response.setStatus(422);
      model.addAttribute("refusals", e.refusals());
      model.addAttribute(
          "suggestedWording",
          e.suggestedWording().entrySet().stream()
              .map(en -> new Wording("wiki.field." + en.getKey(), en.getValue()))
              .toList());
      return article(id, user, form, model);
    } catch (BadInputException e) {
      response.setStatus(400);
      model.addAttribute("fieldError", e.field());
      model.addAttribute("fieldErrorKey", "wiki.field." + e.field());
      model.addAttribute("fieldProblem", e.problem());
      return article(id, user, form, model);
    } catch (StaleEditException e) {
      response.setStatus(409);
      model.addAttribute("stale", true);
      return article(id, user, form, model);
    }
    redirect.addFlashAttribute("noticeCode", "wiki.notice.suggested");
    return "redirect:/library/mine";
  }

  private java.util.Map<String, String> titles() {
    var titles = new java.util.HashMap<String, String>();
    wiki.entries().forEach(e -> titles.put(e.id(), e.title()));
    return titles;
  }

  @PostMapping("/library/{id}/upvote")
  String upvoteArticle(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
    wiki.upvoteArticle(id, user);
    return "redirect:/library/" + id;
  }

  @PostMapping("/library/suggestions/{sid}/upvote")
  String upvoteSuggestion(
      @PathVariable UUID sid,
      @RequestParam String articleId,
      @AuthenticationPrincipal SignedInUser user) {
    suggestions.upvote(sid, user);
    return "redirect:/library/" + wiki.article(articleId).id() + "#open-suggestions";
  }

  @GetMapping("/library/{id}/history")
  String showHistory(@PathVariable String id, Model model) {
    model.addAttribute("title", wiki.title(id));
    model.addAttribute("articleId", id);
    model.addAttribute("versions", wiki.history(id));
    return "wiki/history";
  }

  @GetMapping("/library/review")
  String showQueue(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("queue", suggestions.queue(user));
    model.addAttribute("titles", titles());
    return "wiki/review";
  }

  @GetMapping("/library/review/{sid}")
  String showReview(
      @PathVariable UUID sid, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("item", suggestions.forReview(sid, user));
    model.addAttribute(
        "sources", wiki.sourcesOf(suggestions.forReview(sid, user).suggestion().articleId()));
    return "wiki/review-one";
  }

  @PostMapping("/library/review/{sid}/accept")
  String processAccept(
      @PathVariable UUID sid,
      @RequestParam(required = false) String finalText,
      @RequestParam(required = false) List<Integer> sources,
      @RequestParam(defaultValue = "false") boolean editorial,
      @RequestParam(required = false) String decisionReason,
      @RequestParam int rowVersion,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    suggestions.accept(
        sid,
        new WikiSuggestions.Decision(finalText, sources, editorial, decisionReason, rowVersion),
        user);
    redirect.addFlashAttribute("noticeCode", "wiki.notice.accepted");
    return "redirect:/library/review";
  }

  @PostMapping("/library/review/{sid}/reject")
  String processReject(
      @PathVariable UUID sid,
      @RequestParam(required = false) String decisionReason,
      @RequestParam int rowVersion,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    suggestions.reject(sid, decisionReason, rowVersion, user);
    redirect.addFlashAttribute("noticeCode", "wiki.notice.rejected");
    return "redirect:/library/review";
  }

  @GetMapping("/library/mine")
  String showMine(@AuthenticationPrincipal SignedInUser user, Model model) {
    var mine = suggestions.mine(user);
    var rowVersions = new java.util.HashMap<String, Integer>();
    mine.forEach(
        v ->
            rowVersions.computeIfAbsent(
                v.suggestion().articleId(), suggestions::articleRowVersion));
    model.addAttribute("mine", mine);
    model.addAttribute("titles", titles());
    model.addAttribute("rowVersions", rowVersions);
    model.addAttribute("notices", suggestions.notices(user));
    boolean contributor = Wiki.maySuggest(user) || wiki.isEditor(user);
    model.addAttribute("mailForm", contributor && notices.mailConfigured());
    model.addAttribute("noticeEmail", contributor ? notices.address(user).orElse("") : "");
    return "wiki/mine";
  }

  @PostMapping("/library/suggestions/{sid}/approve")
  String processApprove(
      @PathVariable UUID sid,
      @RequestParam int articleRowVersion,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    var status = suggestions.approve(sid, articleRowVersion, user);
    redirect.addFlashAttribute(
        "noticeCode",
        status == WikiModel.Status.PUBLISHED ? "wiki.notice.published" : "wiki.notice.outdated");
    return "redirect:/library/mine";
  }

  @PostMapping("/library/suggestions/{sid}/withdraw")
  String processWithdraw(
      @PathVariable UUID sid,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    suggestions.withdraw(sid, user);
    redirect.addFlashAttribute("noticeCode", "wiki.notice.withdrawn");
    return "redirect:/library/mine";
  }
}
