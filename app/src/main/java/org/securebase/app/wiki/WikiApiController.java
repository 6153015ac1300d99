package org.securebase.app.wiki;

import java.net.URI;
import java.util.List;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.wiki.WikiModel.Line;
import org.securebase.app.wiki.WikiModel.Source;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The library as JSON, and suggestions through the API. */
@RestController
class WikiApiController {

  private final Wiki wiki;
  private final WikiSuggestions suggestions;
  private final WikiTexts texts;

  WikiApiController(Wiki wiki, WikiSuggestions suggestions, WikiTexts texts) {
    this.wiki = wiki;
    this.suggestions = suggestions;
    this.texts = texts;
  }

  record ArticleJson(String id, String title, List<Line> sentences, List<Source> sources) {}

  record Created(String id, String status) {}

  @GetMapping("/api/library")
  List<Wiki.Entry> list() {
    return wiki.entries();
  }

  @GetMapping("/api/library/{articleId}")
  ArticleJson article(@PathVariable String articleId) {
    List<Line> lines = wiki.lines(articleId);
    return new ArticleJson(articleId, wiki.title(articleId), lines, wiki.sourcesOf(articleId));
  }

  @PostMapping("/api/library/{articleId}/suggestions")
  ResponseEntity<Created> suggest(
      @PathVariable String articleId,
      @RequestBody SuggestionForm form,
      @AuthenticationPrincipal SignedInUser user) {
    var s = suggestions.suggest(articleId, form, user);
    return ResponseEntity.created(URI.create("/library/mine#suggestion-" + s.id()))
        .body(new Created(s.id().toString(), s.status().name()));
  }

  /** A refusal names each kind and place, and never echoes the refused words except to fix. */
  @ExceptionHandler(PhiRefusedException.class)
  ProblemDetail refused(PhiRefusedException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(422), texts.text("wiki.phi.refused"));
    p.setTitle(texts.text("wiki.phi.refused.title"));
    p.setProperty("findings", e.refusals());
    p.setProperty("suggestedWording", e.suggestedWording());
    p.setProperty("limits", texts.text("wiki.phi.limits"));
    return p;
  }
}
