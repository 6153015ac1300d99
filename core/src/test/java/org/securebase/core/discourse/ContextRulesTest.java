package org.securebase.core.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptParser;

/** The context rules added with the labelled corpus (issue 18), one behaviour per test. */
class ContextRulesTest {
  private static final DiscourseAnalyzer ANALYZER = DiscourseAnalyzer.english();
  private static final TranscriptParser PARSER = TranscriptParser.defaults();

  private static List<String> evidence(IndicatorType type, String text) {
    Transcript transcript = PARSER.parse(text);
    return ANALYZER.analyze(transcript).indicators(type).stream().map(Indicator::text).toList();
  }

  @Nested
  class ParentReferents {
    @Test
    void followsAParentNamedInTheQuestionIntoTheAnswer() {
      assertThat(
              evidence(
                  IndicatorType.UNSUPPORTED_POSITIVE,
                  "I: Tell me about your mother.\nR: She was perfect. She was the best."))
          .containsExactly("perfect", "best");
    }

    @Test
    void doesNotTakeSomeoneNamedSinceForAParent() {
      assertThat(
              evidence(
                  IndicatorType.UNSUPPORTED_POSITIVE,
                  "R: My teacher was Mrs Patel. She was wonderful, the class adored her."))
          .isEmpty();
      assertThat(
              evidence(
                  IndicatorType.DEROGATION,
                  "R: My first boyfriend was Darren. He was useless, completely useless."))
          .isEmpty();
    }

    @Test
    void keepsTheSubjectOfAGrievanceListWhenAnotherWomanIsNamed() {
      assertThat(
              evidence(
                  IndicatorType.INVOLVING_ANGER,
                  "I: And your mother?\nR: She always put my sister first. She never came to my"
                      + " plays. She criticized everything I wore."))
          .hasSize(1);
    }

    @Test
    void leavesSomeoneElsesParentOut() {
      assertThat(
              evidence(
                  IndicatorType.UNSUPPORTED_POSITIVE,
                  "R: My friend Katy's mum was lovely. His mother was perfect in his eyes."))
          .isEmpty();
    }

    @Test
    void aSentenceNamingNoOneContinuesTheParentBefore() {
      assertThat(
              evidence(
                  IndicatorType.DEROGATION,
                  "R: Dad was useless. Useless at work, useless at home."))
          .hasSize(3);
    }
  }

  @Nested
  class RecallThenDetail {
    @Test
    void aRememberedSceneAfterTheClaimKeepsTheTopicOpen() {
      assertThat(
              evidence(
                  IndicatorType.LACK_OF_RECALL,
                  "I: A memory?\nR: I can't remember exactly. I was seven, it was winter, and my dad"
                      + " carried me downstairs in a blanket to watch the snow."))
          .isEmpty();
    }

    @Test
    void aSecondDenialIsInsistence() {
      assertThat(
              evidence(
                  IndicatorType.LACK_OF_RECALL,
                  "R: I don't remember. I don't remember anything from then and I won't make it up."))
          .hasSize(2);
    }

    @Test
    void someoneElsesForgettingIsNotTheSpeakers() {
      assertThat(
              evidence(
                  IndicatorType.LACK_OF_RECALL,
                  "R: My brother says he can't remember the flat, but I remember every room."))
          .isEmpty();
    }
  }

  @Nested
  class Minimizing {
    @Test
    void findsGenericMinimizingOfChildhoodAndOfNeedingPeople() {
      assertThat(
              evidence(
                  IndicatorType.MINIMIZING,
                  "R: Every childhood has its ups and downs. I never needed anyone, not then."))
          .containsExactly("Every childhood has its ups and downs", "I never needed anyone");
    }

    @Test
    void leavesReportedAndQuotedMinimizingOut() {
      assertThat(
              evidence(
                  IndicatorType.MINIMIZING,
                  "R: My dad always said it made us stronger. Her line was \"it's no big deal\"."))
          .isEmpty();
    }
  }

  @Nested
  class Reflection {
    @Test
    void findsAParentsStateOfMindWithoutBecause() {
      assertThat(
              evidence(
                  IndicatorType.REFLECTIVE,
                  "I: Why do you think she acted that way?\nR: She was so overwhelmed herself, she"
                      + " didn't know how to comfort anyone else."))
          .hasSize(1);
      assertThat(
              evidence(
                  IndicatorType.REFLECTIVE,
                  "R: I think my mother was lonely, and that came out as sharpness with us."))
          .hasSize(1);
    }

    @Test
    void aBareStateOrSinceAsTimeIsNotReflection() {
      assertThat(evidence(IndicatorType.REFLECTIVE, "R: My mother was lonely. We lived far away."))
          .isEmpty();
      assertThat(
              evidence(
                  IndicatorType.REFLECTIVE,
                  "R: Since I was ten, I have felt at home at my gran's."))
          .isEmpty();
      assertThat(evidence(IndicatorType.REFLECTIVE, "R: We got out of the car and I felt cold."))
          .isEmpty();
    }
  }

  @Nested
  class Idealization {
    @Test
    void aHurtEpisodeContradictsThePositiveWordAndDoesNotSupportIt() {
      String text =
          "R: My dad was caring. When I was ill with flu he shouted at me for missing school.";
      assertThat(evidence(IndicatorType.UNSUPPORTED_POSITIVE, text)).containsExactly("caring");
      assertThat(evidence(IndicatorType.CONTRADICTION, text)).containsExactly("shouted");
    }

    @Test
    void hurtByTheOtherParentOrNegatedHurtIsNoContradiction() {
      assertThat(
              evidence(
                  IndicatorType.CONTRADICTION,
                  "R: My mother was wonderful. When I had measles she sat up with me every night."
                      + " My father yelled at all of us, though."))
          .isEmpty();
      assertThat(
              evidence(
                  IndicatorType.CONTRADICTION,
                  "R: My mother was warm. When I was seven she made me a costume. She never hit us"
                      + " or shouted."))
          .isEmpty();
    }

    @Test
    void anEpisodeInTheAnswerToTheMemoryProbeSupportsTheWord() {
      assertThat(
              evidence(
                  IndicatorType.UNSUPPORTED_POSITIVE,
                  "I: Five words for your father?\nR: Quiet, shy, kind.\nI: A memory for kind?\n"
                      + "R: He found a hedgehog on the road home and we kept it in a box."))
          .isEmpty();
    }
  }

  @Nested
  class VagueJargon {
    @Test
    void findsJargonStandingInForWhatHappened() {
      assertThat(
              evidence(
                  IndicatorType.VAGUE_DISCOURSE,
                  "R: My mother had issues, basically. The family was toxic, very enmeshed."))
          .containsExactly("issues", "toxic", "enmeshed");
    }

    @Test
    void jargonPinnedToAnExampleIsNotVague() {
      assertThat(
              evidence(
                  IndicatorType.VAGUE_DISCOURSE,
                  "R: My therapist called it enmeshed: for example, my mother read my diary."))
          .isEmpty();
    }
  }

  @Nested
  class Contexts {
    @Test
    void negatedReportedAndQuotedContemptIsNotDerogation() {
      assertThat(
              evidence(
                  IndicatorType.DEROGATION,
                  "R: I never thought my father was weak. My father called me pathetic whenever I"
                      + " cried. She'd say \"don't be so needy\" and shut the door."))
          .isEmpty();
    }

    @Test
    void presentTenseAboutTheLivingIsNoLapse() {
      assertThat(
              evidence(
                  IndicatorType.LAPSE_LOSS,
                  "R: My grandmother died when I was ten. My mother is a teacher and she lives in"
                      + " York now."))
          .isEmpty();
      assertThat(
              evidence(
                  IndicatorType.LAPSE_LOSS,
                  "R: My nan died last spring. My sister took it hard. She is studying in Bristol."))
          .isEmpty();
    }

    @Test
    void theDeadSpokenOfAsAliveAnswersLaterStillCount() {
      assertThat(
              evidence(
                  IndicatorType.LAPSE_LOSS,
                  "I: Did you lose anyone?\nR: My father died when I was twelve.\nI: And then?\n"
                      + "R: I stopped talking at school.\nI: And now?\nR: He walks me to work some"
                      + " days."))
          .containsExactly("He walks me");
    }

    @Test
    void aChildsFearIsNotTheParentsContext() {
      assertThat(
              evidence(
                  IndicatorType.BALANCED_EVALUATION, "R: My father was strict and I was scared."))
          .isEmpty();
    }
  }

  @Test
  void theDictionaryBaselineCountsWordsWithoutContext() {
    Transcript t = PARSER.parse("R: The film was pathetic. My mother was not weak.");
    assertThat(DictionaryBaseline.english().find(t))
        .extracting(Indicator::text)
        .containsExactly("pathetic", "weak");
    assertThat(ANALYZER.analyze(t).indicators(IndicatorType.DEROGATION)).isEmpty();
  }
}
