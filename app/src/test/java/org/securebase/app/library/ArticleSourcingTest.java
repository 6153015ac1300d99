package org.securebase.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.core.library.SourcedArticle;

/** Every sentence of every library article has a numbered source or an editorial mark. */
class ArticleSourcingTest {

  @Test
  void everySentenceHasASourceOrAnEditorialMark() {
    var sources = Library.readSources();
    List<String> problems = new ArrayList<>();
    for (SourcedArticle a : Library.readArticles()) {
      problems.addAll(a.problems(sources.keySet()));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void holdsTheFiveArticlesWithTieredSources() {
    List<SourcedArticle> articles = Library.readArticles();
    assertThat(articles)
        .extracting(SourcedArticle::slug)
        .containsExactly("earned-security", "pathways", "setbacks", "coherence", "myths");
    assertThat(articles).allSatisfy(a -> assertThat(a.sentences()).hasSizeGreaterThan(5));
    var sources = Library.readSources();
    assertThat(sources).hasSize(19);
    assertThat(sources.get(6).tier()).isEqualTo(2);
    assertThat(sources.get(9).tier()).isEqualTo(1);
  }
}
