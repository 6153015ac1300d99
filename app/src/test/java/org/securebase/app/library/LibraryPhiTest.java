package org.securebase.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.core.library.SourcedArticle;
import org.securebase.core.phi.PhiFinding;
import org.securebase.core.phi.PhiGuard;

/** The PHI guard raises nothing on the shipped articles: their authors and terms are allowed. */
class LibraryPhiTest {

  @Test
  void theGuardFindsNothingInTheShippedArticles() {
    PhiGuard guard = PhiGuard.standard(2026);
    List<String> findings = new ArrayList<>();
    List<SourcedArticle> articles = Library.readArticles();
    for (SourcedArticle a : articles) {
      for (SourcedArticle.Sentence s : a.sentences()) {
        for (PhiFinding f : guard.check(s.text()).findings()) {
          findings.add(a.slug() + " line " + s.line() + ": " + f.kind().code());
        }
      }
      for (PhiFinding f : guard.check(a.title()).findings()) {
        findings.add(a.slug() + " title: " + f.kind().code());
      }
    }
    assertThat(articles).hasSize(5);
    assertThat(findings).isEmpty();
  }
}
