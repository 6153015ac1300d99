package org.securebase.app.demo;

import java.util.List;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.wiki.SuggestionForm;
import org.securebase.app.wiki.Wiki;
import org.securebase.app.wiki.WikiSuggestions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo library wiki: the {@code editor} login gets the editor permission, and {@code clinician} has
 * one sourced suggestion waiting in the review queue, upvoted once by {@code coder}. Written by the
 * SecureBase team; seeded through the wiki's services, so the PHI guard and audit apply.
 */
@Component
@ConditionalOnProperty(name = "securebase.demo", havingValue = "true")
@Order(20)
class DemoWiki implements ApplicationRunner {

  private final Accounts accounts;
  private final Wiki wiki;
  private final WikiSuggestions suggestions;

  DemoWiki(Accounts accounts, Wiki wiki, WikiSuggestions suggestions) {
    this.accounts = accounts;
    this.wiki = wiki;
    this.suggestions = suggestions;
  }

  @Override
  public void run(ApplicationArguments args) {
    var editor = accounts.byUsername("editor");
    var clinician = accounts.byUsername("clinician");
    var coder = accounts.byUsername("coder");
    if (editor.isEmpty() || clinician.isEmpty() || coder.isEmpty() || !suggestions.none()) {
      return;
    }
    wiki.grantEditor(editor.get().id(), "demo");
    try {
      SignedInUser rowan = ActingAs.account(clinician.get());
      var target =
          wiki.lines("pathways").stream()
              .filter(
                  l -> !l.heading() && l.sources().contains(5) && l.text().contains("secondary"))
              .findFirst()
              .orElseThrow();
      SuggestionForm form = new SuggestionForm();
      form.setKind("REVISE");
      form.setSentenceId(target.sentenceId());
      form.setQuotedText(target.text());
      form.setText(
          "A scoping review found that secondary attachment figures, such as a partner or a"
              + " mentor, were among the factors most often linked to earned security.");
      form.setSources(List.of(5));
      form.setReason("Names who these figures can be and keeps to what the review reports.");
      form.setCredit("NAME");
      var s = suggestions.suggest("pathways", form, rowan);
      Account kim = coder.get();
      suggestions.upvote(s.id(), ActingAs.account(kim));
    } finally {
      ActingAs.end();
    }
  }
}
