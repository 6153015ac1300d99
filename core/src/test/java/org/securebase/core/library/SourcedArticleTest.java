package org.securebase.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SourcedArticleTest {

  private static final String TEXT =
      """
      # A title
      First sentence. [3]
      Second sentence. [3, 18]
      Third, the team's voice. [editorial]

      ## A heading
      A sentence with no mark.
      One sentence. Then another. [5]
      Cites a stranger. [99]
      """;

  @Test
  void readsTitleHeadingsParagraphsAndMarks() {
    SourcedArticle a = SourcedArticle.parse("demo", TEXT);
    assertThat(a.title()).isEqualTo("A title");
    assertThat(a.blocks()).hasSize(3);
    assertThat(a.blocks().get(1)).isEqualTo(new SourcedArticle.Heading("A heading"));
    var first = a.sentences().get(0);
    assertThat(first.text()).isEqualTo("First sentence.");
    assertThat(first.sources()).containsExactly(3);
    assertThat(a.sentences().get(1).sources()).containsExactly(3, 18);
    assertThat(a.sentences().get(2).editorial()).isTrue();
    assertThat(a.citedSources()).containsExactly(3, 5, 18, 99);
  }

  @Test
  void reportsEveryUnsourcedOrDoubledSentenceAndUnknownSource() {
    SourcedArticle a = SourcedArticle.parse("demo", TEXT);
    assertThat(a.problems(Set.of(3, 5, 18)))
        .containsExactly(
            "demo line 7: no source and no editorial mark: A sentence with no mark.",
            "demo line 8: more than one sentence on a line: One sentence. Then another.",
            "demo line 9: source [99] is not in the evidence library");
  }

  @Test
  void aCleanArticleHasNoProblems() {
    SourcedArticle a =
        SourcedArticle.parse("ok", "# T\nOne. [1]\nTwo. [editorial]\nThree. [1, editorial]\n");
    assertThat(a.problems(Set.of(1))).isEmpty();
    assertThat(a.sentences().get(2).sources()).containsExactly(1);
    assertThat(a.sentences().get(2).editorial()).isTrue();
  }
}
