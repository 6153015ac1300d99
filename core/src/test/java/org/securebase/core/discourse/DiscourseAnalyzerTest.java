package org.securebase.core.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptParser;

class DiscourseAnalyzerTest {
  private static final DiscourseAnalyzer ANALYZER = DiscourseAnalyzer.english();
  private static final TranscriptParser PARSER = TranscriptParser.defaults();

  private static List<String> evidence(IndicatorType type, String text) {
    Transcript transcript = PARSER.parse(text);
    return ANALYZER.analyze(transcript).indicators(type).stream().map(Indicator::text).toList();
  }

  @Nested
  class LackOfRecall {
    @Test
    void firesOnAClaimThatClosesTheTopic() {
      assertThat(evidence(IndicatorType.LACK_OF_RECALL, "I: A memory?\nR: I don't remember."))
          .containsExactly("I don't remember");
    }

    @Test
    void doesNotFireWhenAMemoryFollowsTheContrast() {
      assertThat(
              evidence(
                  IndicatorType.LACK_OF_RECALL,
                  "I: A memory?\nR: I don't remember the exact date, but I remember her voice."))
          .isEmpty();
    }

    @Test
    void doesNotFireOnNoIdeaInsideAClause() {
      assertThat(evidence(IndicatorType.LACK_OF_RECALL, "R: I had no idea she was ill.")).isEmpty();
    }

    @Test
    void weighsRepeatsWithinOneQuestionMore() {
      Transcript transcript =
          PARSER.parse(
              "[{\"speaker\":\"I\",\"text\":\"Why?\",\"question\":4},"
                  + "{\"speaker\":\"R\",\"text\":\"I can't remember. I really can't recall.\"}]");
      List<Indicator> found = ANALYZER.analyze(transcript).indicators(IndicatorType.LACK_OF_RECALL);

      assertThat(found).extracting(Indicator::weight).containsExactly(1.0, 1.5);
      assertThat(found).allSatisfy(i -> assertThat(i.question()).isEqualTo(4));
    }
  }

  @Nested
  class UnsupportedPositive {
    @Test
    void firesOnAGenericPositiveWithoutAnEpisode() {
      assertThat(
              evidence(
                  IndicatorType.UNSUPPORTED_POSITIVE,
                  "R: She was loving. She was a wonderful mother."))
          .containsExactly("loving", "wonderful");
    }

    @Test
    void doesNotFireWhenAnEpisodeSupportsIt() {
      assertThat(
              evidence(
                  IndicatorType.UNSUPPORTED_POSITIVE,
                  "R: She was loving, she sat with me every night when I was ill."))
          .isEmpty();
    }

    @Test
    void doesNotFireWhenNoParentIsDescribed() {
      assertThat(evidence(IndicatorType.UNSUPPORTED_POSITIVE, "R: It was a great summer."))
          .isEmpty();
    }

    @Test
    void doesNotFireWhenNegated() {
      assertThat(evidence(IndicatorType.UNSUPPORTED_POSITIVE, "R: She was not very loving."))
          .isEmpty();
    }
  }

  @Nested
  class Contradiction {
    @Test
    void firesOnHurtByTheParentAfterAPositiveClaimAndLinksTheClaim() {
      Transcript transcript =
          PARSER.parse("R: My father was perfect.\nI: A memory?\nR: He hit me with a belt once.");
      List<Indicator> found = ANALYZER.analyze(transcript).indicators(IndicatorType.CONTRADICTION);

      assertThat(found).singleElement().extracting(Indicator::text).isEqualTo("hit me");
      Indicator contradiction = found.get(0);
      assertThat(transcript.text().substring(contradiction.linkStart(), contradiction.linkEnd()))
          .isEqualTo("perfect");
    }

    @Test
    void doesNotFireWithoutAnEarlierPositiveClaim() {
      assertThat(evidence(IndicatorType.CONTRADICTION, "R: My father yelled a lot.")).isEmpty();
    }

    @Test
    void doesNotFireOnHurtBySomeoneWhoIsNotAParent() {
      assertThat(
              evidence(
                  IndicatorType.CONTRADICTION,
                  "R: My mother was wonderful. The teacher yelled at the class."))
          .isEmpty();
    }
  }

  @Nested
  class Minimizing {
    @Test
    void firesOnPlayingDownTheEffect() {
      assertThat(evidence(IndicatorType.MINIMIZING, "R: It didn't affect me. It was no big deal."))
          .containsExactly("didn't affect me", "no big deal");
    }

    @Test
    void doesNotFireOnNamingAnEffect() {
      assertThat(evidence(IndicatorType.MINIMIZING, "R: It affected me a lot; it was a big deal."))
          .isEmpty();
    }
  }

  @Nested
  class Derogation {
    @Test
    void firesOnContemptForNeeds() {
      assertThat(evidence(IndicatorType.DEROGATION, "R: Crying for comfort is pathetic."))
          .containsExactly("pathetic");
    }

    @Test
    void doesNotFireOnContemptForThings() {
      assertThat(evidence(IndicatorType.DEROGATION, "R: The film was stupid.")).isEmpty();
    }

    @Test
    void doesNotFireWhenNegated() {
      assertThat(evidence(IndicatorType.DEROGATION, "R: My mother was not weak.")).isEmpty();
    }
  }

  @Nested
  class InvolvingAnger {
    @Test
    void firesOnPresentTenseAddressToAParent() {
      assertThat(evidence(IndicatorType.INVOLVING_ANGER, "R: Mom, you always ruin everything."))
          .containsExactly("Mom, you always ruin everything.");
    }

    @Test
    void firesOnYouNeverAimedAtAParent() {
      assertThat(
              evidence(
                  IndicatorType.INVOLVING_ANGER, "R: My father is like that. You never listen!"))
          .containsExactly("You never");
    }

    @Test
    void firesOnPresentTenseQuotedArgument() {
      assertThat(evidence(IndicatorType.INVOLVING_ANGER, "R: And I'm like, no way."))
          .containsExactly("And I'm like");
    }

    @Test
    void firesOnALongGrievanceList() {
      assertThat(
              evidence(
                  IndicatorType.INVOLVING_ANGER,
                  "R: She always criticized me. She never came to games. She blamed me for all of it."))
          .hasSize(1);
    }

    @Test
    void doesNotFireOnGenericYou() {
      assertThat(
              evidence(
                  IndicatorType.INVOLVING_ANGER,
                  "R: You always feel nervous before exams. My mother, you know, was busy."))
          .isEmpty();
    }
  }

  @Nested
  class VagueDiscourse {
    @Test
    void firesOnTrailingPhrasesHedgesAndUnfinishedSentences() {
      assertThat(
              evidence(
                  IndicatorType.VAGUE_DISCOURSE,
                  "R: We went out and stuff. I kind of knew. And then she..."))
          .containsExactly("and stuff", "kind of", "And then she...");
    }

    @Test
    void doesNotFireOnNounUsesOrMidClausePhrases() {
      assertThat(
              evidence(
                  IndicatorType.VAGUE_DISCOURSE, "R: What kind of music? We ate and that was it."))
          .isEmpty();
    }
  }

  @Nested
  class RunOnTurn {
    @Test
    void firesOnATurnFarLongerThanTheSpeakersMedian() {
      String longTurn = "We went to the shop and then came back home. ".repeat(20);
      String text =
          "I: a?\nR: Fine thanks.\nI: b?\nR: Yes, we did.\nI: c?\nR: Not really no.\nI: d?\nR: "
              + longTurn;
      assertThat(evidence(IndicatorType.RUN_ON_TURN, text)).hasSize(1);
    }

    @Test
    void firesOnASentencePastTheLengthBound() {
      String sentence = "and then we went on ".repeat(16) + "home.";
      assertThat(evidence(IndicatorType.RUN_ON_TURN, "R: " + sentence)).hasSize(1);
    }

    @Test
    void doesNotFireWhenAllTurnsAreAlike() {
      String turn = "We went to the shop and then came back home. ".repeat(20);
      String text = "I: a?\nR: " + turn + "\nI: b?\nR: " + turn + "\nI: c?\nR: " + turn;
      assertThat(evidence(IndicatorType.RUN_ON_TURN, text)).isEmpty();
    }
  }

  @Nested
  class ShortTurn {
    @Test
    void firesOnAShortAnswerToADemandQuestion() {
      assertThat(
              evidence(
                  IndicatorType.SHORT_TURN, "I: What did you do when you were upset?\nR: Nothing."))
          .containsExactly("Nothing.");
    }

    @Test
    void doesNotFireOnAShortAnswerToAFactualQuestion() {
      assertThat(
              evidence(IndicatorType.SHORT_TURN, "I: How old were you when you moved?\nR: Seven."))
          .isEmpty();
    }
  }

  @Test
  void countsTheSameWordsOnceWhenTwoRulesMarkThemForOneIndicator() {
    StringBuilder longSentence = new StringBuilder("R: My mum");
    for (int i = 0; i < 80; i++) {
      longSentence.append(" and the house");
    }
    String text =
        "I: Tell me about your family.\nR: We lived by the sea.\n"
            + "I: Which parent were you closer to?\n"
            + longSentence
            + ".\nI: Why?\nR: She was kind.\nI: And your father?\nR: He worked.";
    List<String> runOns = evidence(IndicatorType.RUN_ON_TURN, text);
    assertThat(runOns).hasSize(1);
    assertThat(ANALYZER.analyze(PARSER.parse(text)).profile().count(IndicatorType.RUN_ON_TURN))
        .isEqualTo(1);
  }

  @Nested
  class LapseLoss {
    @Test
    void firesWhenTheDeadAreSpokenOfAsAlive() {
      assertThat(
              evidence(
                  IndicatorType.LAPSE_LOSS,
                  "R: My grandmother died in 2001. She is dead, but she is waiting for me."))
          .containsExactly("she is waiting");
    }

    @Test
    void usesTheTaggerForPresentTenseVerbs() {
      assertThat(
              evidence(
                  IndicatorType.LAPSE_LOSS,
                  "R: My father passed away last year. He watches over me."))
          .containsExactly("He watches over");
    }

    @Test
    void firesOnSelfBlameAndEulogy() {
      assertThat(
              evidence(
                  IndicatorType.LAPSE_LOSS,
                  "R: When my aunt died it was my fault. She was taken from us."))
          .containsExactly("my fault", "taken from us");
    }

    @Test
    void selfBlameByThoughtForADeathIsALapseNotReflection() {
      String text =
          "I: How did your grandmother die?\n"
              + "R: She died when I was nine. It was my fault, because I thought about her being"
              + " gone.";
      assertThat(evidence(IndicatorType.LAPSE_LOSS, text)).contains("my fault");
      assertThat(evidence(IndicatorType.REFLECTIVE, text)).isEmpty();
    }

    @Test
    void doesNotFireOnOtherLivingPeopleOrOutsideTalkOfDeath() {
      assertThat(
              evidence(
                  IndicatorType.LAPSE_LOSS,
                  "R: My grandmother died when I was ten. My mother is a teacher."))
          .isEmpty();
      assertThat(evidence(IndicatorType.LAPSE_LOSS, "R: She is waiting for me at home.")).isEmpty();
    }
  }

  @Nested
  class Metacognitive {
    @Test
    void firesOnSelfCorrectionAndMemoryLimits() {
      assertThat(
              evidence(
                  IndicatorType.METACOGNITIVE,
                  "R: Actually, no, that's not right. I may be remembering this wrong."))
          .containsExactly("Actually, no", "that's not right", "I may be remembering");
    }

    @Test
    void doesNotFireOnActuallyAlone() {
      assertThat(evidence(IndicatorType.METACOGNITIVE, "R: She actually came to the game."))
          .isEmpty();
    }
  }

  @Nested
  class Reflective {
    @Test
    void firesOnAMentalStateLinkedToBehaviour() {
      assertThat(evidence(IndicatorType.REFLECTIVE, "R: She shouted because she was frightened."))
          .containsExactly("She shouted because she was frightened.");
    }

    @Test
    void firesOnPerspectiveChangeAndGenerations() {
      assertThat(
              evidence(
                  IndicatorType.REFLECTIVE,
                  "R: She must have felt alone. Now I understand that. Her own mother was harsh."))
          .containsExactly("She must have felt", "Now I understand", "Her own mother");
    }

    @Test
    void doesNotFireOnACauseWithoutAMentalState() {
      assertThat(evidence(IndicatorType.REFLECTIVE, "R: I was late because the bus broke down."))
          .isEmpty();
    }
  }

  @Nested
  class BalancedEvaluation {
    @Test
    void firesOnHurtAndContextTogether() {
      assertThat(
              evidence(
                  IndicatorType.BALANCED_EVALUATION,
                  "R: She was cold, and she was overwhelmed herself."))
          .containsExactly("cold, and she was overwhelmed");
    }

    @Test
    void doesNotFireOnHurtAlone() {
      assertThat(evidence(IndicatorType.BALANCED_EVALUATION, "R: She was cold and strict."))
          .isEmpty();
    }
  }

  @Nested
  class Result {
    @Test
    void carriesVersionsAndAProfileOfRatesPerThousandWords() throws IOException {
      Transcript transcript = PARSER.parse(sample());
      AnalysisResult result = ANALYZER.analyze(transcript);

      assertThat(result.analyzerVersion()).isEqualTo(DiscourseAnalyzer.VERSION);
      assertThat(result.lexiconVersion()).startsWith("en-");
      Profile profile = result.profile();
      assertThat(profile.words()).isGreaterThan(250);
      int total = 0;
      for (IndicatorType type : IndicatorType.values()) {
        assertThat(profile.count(type)).as(type.id()).isPositive();
        assertThat(profile.rate(type)).isEqualTo(profile.count(type) * 1000.0 / profile.words());
        total += profile.count(type);
      }
      assertThat(total).isEqualTo(result.indicators().size());
      for (Indicator indicator : result.indicators()) {
        assertThat(transcript.text().substring(indicator.start(), indicator.end()))
            .isEqualTo(indicator.text());
        assertThat(transcript.turns().get(indicator.turnIndex()).speaker().isNarrating()).isTrue();
      }
    }

    @Test
    void givesTheSameResultWhenSharedBetweenThreads() throws Exception {
      Transcript transcript = PARSER.parse(sample());
      AnalysisResult expected = ANALYZER.analyze(transcript);
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<AnalysisResult>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
          futures.add(pool.submit(() -> ANALYZER.analyze(transcript)));
        }
        for (java.util.concurrent.Future<AnalysisResult> future : futures) {
          assertThat(future.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }

    @Test
    void findsNothingInInterviewerWords() {
      Transcript transcript =
          PARSER.parse("I: I don't remember, it was no big deal.\nR: We went to the lake.");
      assertThat(ANALYZER.analyze(transcript).indicators()).isEmpty();
    }
  }

  static String sample() throws IOException {
    try (InputStream in =
        DiscourseAnalyzerTest.class.getResourceAsStream("/discourse/sample-transcript.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
