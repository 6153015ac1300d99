package org.securebase.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.core.library.SourceCheck.Line;
import org.securebase.core.library.SourceCheck.Listed;
import org.securebase.core.library.SourceCheck.Problem;

class SourceCheckTest {

  static final Listed PEARSON =
      new Listed(1, 1, "Pearson, Cohn, Cowan & Cowan (1994). Earned- and continuous-security.");
  static final Listed EXPLAINER =
      new Listed(2, 3, "The Attachment Project. From insecurity to earned secure attachment.");

  @Test
  void passesAFullySourcedVersionAndCountsIt() {
    var result =
        SourceCheck.check(
            List.of(
                new Line("a-1", "A finding.", List.of(1), false),
                new Line("a-2", "Our own view.", List.of(), true)),
            List.of(PEARSON));
    assertThat(result.passes()).isTrue();
    assertThat(result.counts().sentences()).isEqualTo(2);
    assertThat(result.counts().editorialShare()).isEqualTo(0.5);
    assertThat(result.counts().tiers()).containsEntry(1, 1).containsEntry(3, 0);
  }

  @Test
  void findsUnmarkedSentencesMissingAndUnusedSourcesAndVagueOnes() {
    var result =
        SourceCheck.check(
            List.of(
                new Line("a-1", "Unmarked.", List.of(), false),
                new Line("a-2", "Cites a ghost.", List.of(7, 7), false)),
            List.of(PEARSON, new Listed(3, 1, "NIH (2025)")));
    assertThat(result.findings())
        .extracting(SourceCheck.Finding::problem)
        .contains(
            Problem.UNMARKED,
            Problem.CITED_NOT_LISTED,
            Problem.AMBIGUOUS_MARKER,
            Problem.LISTED_NOT_CITED,
            Problem.UNSPECIFIC_SOURCE);
    assertThat(result.passes()).isFalse();
  }

  @Test
  void warnsWhenAnEfficacyClaimRestsOnlyOnTierThree() {
    var result =
        SourceCheck.check(
            List.of(new Line("a-1", "Journaling improves security.", List.of(2), false)),
            List.of(EXPLAINER));
    assertThat(result.warnings())
        .extracting(SourceCheck.Finding::problem)
        .containsExactly(Problem.EFFICACY_ONLY_TIER_3);
    assertThat(result.passes()).isTrue();
  }
}
