package org.securebase.core.discourse.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.core.discourse.IndicatorType;

class CorpusTest {

  @Nested
  class Markup {
    @Test
    void turnsBracketsIntoOffsetsOverThePlainText() {
      CorpusMarkup.Marked m = CorpusMarkup.parse("R: [[lack_of_recall|I don't remember]] it.");

      assertThat(m.text()).isEqualTo("R: I don't remember it.");
      assertThat(m.spans())
          .singleElement()
          .isEqualTo(new GoldSpan(IndicatorType.LACK_OF_RECALL, 3, 19));
    }

    @Test
    void readsNestedSpansAndSeveralIndicatorsOverTheSameWords() {
      CorpusMarkup.Marked m =
          CorpusMarkup.parse("[[reflective|she was [[balanced_evaluation,short_turn|cold]]]] [x]");

      assertThat(m.text()).isEqualTo("she was cold [x]");
      assertThat(m.spans())
          .extracting(s -> s.type().id() + ":" + m.text().substring(s.start(), s.end()))
          .containsExactlyInAnyOrder(
              "reflective:she was cold", "balanced_evaluation:cold", "short_turn:cold");
    }

    @Test
    void refusesUnknownIdsUnclosedAndEmptySpans() {
      assertThatThrownBy(() -> CorpusMarkup.parse("[[made_up|x]]")).hasMessageContaining("made_up");
      assertThatThrownBy(() -> CorpusMarkup.parse("[[reflective|x"))
          .hasMessageContaining("unclosed");
      assertThatThrownBy(() -> CorpusMarkup.parse("[[reflective|]]")).hasMessageContaining("empty");
    }
  }

  @Nested
  class Sources {
    @Test
    void readsHeaderNoteAndBodyOfEachBlock() {
      List<CorpusItem> items =
          CorpusSource.parse(
              "excerpts-x.txt",
              "comment\n## a-1 | near_miss | lack_of_recall | recall-then-detail\n> why\n"
                  + "I: q?\nR: I forget. [[metacognitive|Looking back]], yes.\n\n## a-2 | negative |"
                  + " reflective\nplain text\n");

      assertThat(items).hasSize(2);
      CorpusItem first = items.get(0);
      assertThat(first.label()).isEqualTo(CorpusItem.Label.NEAR_MISS);
      assertThat(first.note()).isEqualTo("why");
      assertThat(first.text()).isEqualTo("I: q?\nR: I forget. Looking back, yes.");
      assertThat(first.expected()).containsExactly(IndicatorType.METACOGNITIVE);
      assertThat(items.get(1).kind()).isEqualTo(CorpusItem.Kind.EXCERPT);
    }

    @Test
    void namesFileAndLineOfABadHeader() {
      assertThatThrownBy(() -> CorpusSource.parse("f.txt", "## a | maybe | reflective\nx\n"))
          .hasMessageContaining("f.txt line 1")
          .hasMessageContaining("maybe");
    }
  }

  @Nested
  class TheDevelopmentCorpus {
    private final Corpus corpus = Corpus.read(CorpusRegressionTest.CORPUS);

    @Test
    void coversEveryIndicatorWithPositivesNearMissesAndNegatives() {
      for (IndicatorType type : IndicatorType.values()) {
        Set<CorpusItem.Label> labels = EnumSet.noneOf(CorpusItem.Label.class);
        corpus.items().stream().filter(i -> i.focus() == type).forEach(i -> labels.add(i.label()));
        assertThat(labels).as(type.id()).containsExactlyInAnyOrder(CorpusItem.Label.values());
        assertThat(corpus.items().stream().anyMatch(i -> i.expected().contains(type)))
            .as(type.id())
            .isTrue();
      }
    }

    @Test
    void isInTheJsonLinesFileWithTheSameOffsets() throws IOException {
      Path jsonl = CorpusRegressionTest.CORPUS.resolve("corpus.jsonl");
      String expected = corpus.toJsonLines();
      if (Boolean.getBoolean("corpus.regenerate")) {
        Files.writeString(jsonl, expected, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(jsonl, StandardCharsets.UTF_8))
          .as("regenerate with -Dcorpus.regenerate=true after editing a source")
          .isEqualTo(expected);
      Corpus back = Corpus.fromJsonLines("corpus.jsonl", expected);
      assertThat(back).isEqualTo(corpus);
    }

    @Test
    void everySpanLiesInAParticipantOrNarratorTurn() {
      for (CorpusItem item : corpus.items()) {
        var transcript = CorpusEvaluation.transcript(item);
        for (GoldSpan span : item.spans()) {
          assertThat(
                  transcript.turns().stream()
                      .anyMatch(
                          t ->
                              t.speaker().isNarrating()
                                  && t.start() <= span.start()
                                  && span.end() <= t.end()))
              .as(item.id() + " " + item.words(span))
              .isTrue();
        }
      }
    }
  }

  @Test
  void theHeldOutSetReadsAndKeepsItsOwnIds() {
    Corpus heldOut = Corpus.read(Path.of("src/test/resources/discourse/corpus-heldout"));
    assertThat(heldOut.items()).hasSizeGreaterThanOrEqualTo(30);
    Set<String> dev = new java.util.HashSet<>();
    Corpus.read(CorpusRegressionTest.CORPUS).items().forEach(i -> dev.add(i.id()));
    assertThat(heldOut.items()).noneMatch(i -> dev.contains(i.id()));
  }

  @Nested
  class Matching {
    @Test
    void matchesByOverlapOneToOne() {
      SpanMatching.Result r =
          SpanMatching.match(
              List.of(new int[] {0, 5}, new int[] {3, 8}, new int[] {20, 25}),
              List.of(new int[] {4, 10}, new int[] {30, 31}));

      assertThat(r.truePositives()).isEqualTo(1);
      assertThat(r.foundMatched()).containsExactly(true, false, false);
      assertThat(r.expectedMatched()).containsExactly(true, false);
    }

    @Test
    void touchingSpansDoNotOverlap() {
      assertThat(
              SpanMatching.match(List.of(new int[] {0, 5}), List.of(new int[] {5, 9}))
                  .truePositives())
          .isZero();
    }

    @Test
    void leavesAFigureEmptyWithoutADenominator() {
      Score none =
          new Score(
              IndicatorType.REFLECTIVE,
              0,
              0,
              0,
              10,
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              java.util.Optional.empty());
      assertThat(none.precision()).isEmpty();
      assertThat(none.f1()).isEmpty();
      Score some =
          new Score(
              IndicatorType.REFLECTIVE,
              3,
              1,
              2,
              0,
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              java.util.Optional.empty());
      assertThat(some.precision()).contains(0.75);
      assertThat(some.recall()).contains(0.6);
      assertThat(some.f1().orElseThrow())
          .isCloseTo(6.0 / 9.0, org.assertj.core.data.Offset.offset(1e-12));
    }
  }
}
