package org.securebase.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final Offset<Double> EXACT = within(1e-9);
  private static final InstrumentCatalog CATALOG = InstrumentCatalog.builtIn();

  private static Map<String, Integer> allAnswered(Instrument instrument, int value) {
    Map<String, Integer> answers = new HashMap<>();
    instrument.answerKeys().forEach(k -> answers.put(k, value));
    return answers;
  }

  /** Answer pattern used for the hand-computed ECR examples: item i gets (i mod 7) + 1. */
  private static Map<String, Integer> cyclingAnswers() {
    Map<String, Integer> answers = new HashMap<>();
    for (int i = 1; i <= 36; i++) {
      answers.put(String.valueOf(i), i % 7 + 1);
    }
    return answers;
  }

  private static double score(Instrument instrument, Map<String, Integer> answers, String sub) {
    return Scorer.score(instrument, ResponseSet.inCanonicalOrder(instrument, answers))
        .find(sub)
        .orElseThrow()
        .value();
  }

  @Nested
  class EcrR {

    private final Instrument ecrR = CATALOG.get("ecr-r", "1.0");

    @Test
    void pinsEveryPublishedReverseKey() {
      // Published ECR-R keys (Fraley, Waller & Brennan 2000).
      Set<Integer> reversed = Set.of(9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36);
      for (int item = 1; item <= 36; item++) {
        // All items at the neutral 4 (unchanged by reversal) except one at 7: the subscale mean is
        // (17 * 4 + 7) / 18 when the item is forward-keyed and (17 * 4 + 1) / 18 when reversed.
        Map<String, Integer> answers = allAnswered(ecrR, 4);
        answers.put(String.valueOf(item), 7);
        String subscale = item <= 18 ? "anxiety" : "avoidance";
        double expected = reversed.contains(item) ? 69.0 / 18 : 75.0 / 18;
        assertThat(score(ecrR, answers, subscale)).as("item %d", item).isCloseTo(expected, EXACT);
      }
    }

    @Test
    void scoresAHandComputedExample() {
      // Anxiety raw 1-18: 2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5 = 70; reversing 9 (3->5) and 11
      // (5->3)
      // leaves 70, so 70/18. Avoidance raw 19-36 = 72; the twelve reversals add
      // -6+4-4-6+6+4+2+0-4-6+6+4 = 0, so 72/18 = 4.
      assertThat(score(ecrR, cyclingAnswers(), "anxiety")).isCloseTo(70.0 / 18, EXACT);
      assertThat(score(ecrR, cyclingAnswers(), "avoidance")).isCloseTo(4.0, EXACT);
    }

    @Test
    void the1998EcrKeysGiveADifferentScoreOnTheSameAnswers() {
      Instrument ecr1998 = loadFixture("ecr-1998.json");
      Map<String, Integer> answers = cyclingAnswers();
      // 1998 ECR: anxiety = even items, avoidance = odd items, with their own reverse keys.
      // Even items 2..36 raw: 3,5,7,2,4,6,1,3,5,7,2,4,6,1,3,5,7,2 = 73; item 22 (2 -> 6) adds 4:
      // 77.
      // Odd items raw: 2,4,6,1,3,5,7,2,4,6,1,3,5,7,2,4,6,1 = 69; reversing 3 (4->4), 15 (2->6),
      // 19 (6->2), 25 (5->3), 27 (7->1), 29 (2->6), 31 (4->4), 33 (6->2), 35 (1->7) adds -2: 67.
      double anxiety1998 = score(ecr1998, answers, "anxiety");
      double avoidance1998 = score(ecr1998, answers, "avoidance");
      assertThat(anxiety1998).isCloseTo(77.0 / 18, EXACT);
      assertThat(avoidance1998).isCloseTo(67.0 / 18, EXACT);
      assertThat(anxiety1998).isNotCloseTo(score(ecrR, answers, "anxiety"), within(0.1));
      assertThat(avoidance1998).isNotCloseTo(score(ecrR, answers, "avoidance"), within(0.1));
    }

    @Test
    void averagesTheAnsweredItemsWhenAtMostTwentyPercentAreMissing() {
      Map<String, Integer> answers = cyclingAnswers();
      answers.remove("1"); // 2
      answers.remove("2"); // 3
      answers.remove("3"); // 4: three of 18 missing (16.7%)
      assertThat(score(ecrR, answers, "anxiety")).isCloseTo((70.0 - 9) / 15, EXACT);
    }

    @Test
    void leavesTheSubscaleMissingNotZeroWhenMoreAreMissing() {
      Map<String, Integer> answers = cyclingAnswers();
      List.of("1", "2", "3", "4").forEach(answers::remove); // 22% missing
      Score anxiety =
          Scorer.score(ecrR, ResponseSet.inCanonicalOrder(ecrR, answers))
              .find("anxiety")
              .orElseThrow();
      assertThat(anxiety.isMissing()).isTrue();
      assertThat(anxiety.value()).isNull();
      assertThat(anxiety.answered()).isEqualTo(14);
    }

    @Test
    void stampsEveryScoreWithInstrumentAndVersion() {
      ScoreSheet sheet = Scorer.score(ecrR, ResponseSet.inCanonicalOrder(ecrR, cyclingAnswers()));
      assertThat(sheet.scores())
          .hasSize(2)
          .allMatch(s -> s.instrumentId().equals("ecr-r") && s.instrumentVersion().equals("1.0"));
    }
  }

  @Nested
  class Rejections {

    private final Instrument ecrR = CATALOG.get("ecr-r", "1.0");

    @Test
    void rejectsAnAnswerOutOfRangeNamingTheItem() {
      Map<String, Integer> answers = cyclingAnswers();
      answers.put("17", 8);
      assertThatThrownBy(() -> Scorer.score(ecrR, ResponseSet.inCanonicalOrder(ecrR, answers)))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("item '17'")
          .hasMessageContaining("1..7");
    }

    @Test
    void rejectsAResponseSetForAnotherVersion() {
      ResponseSet responses = new ResponseSet("ecr-r", "0.9", ecrR.answerKeys(), cyclingAnswers());
      assertThatThrownBy(() -> Scorer.score(ecrR, responses))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("version 0.9");
    }

    @Test
    void rejectsAnItemTheDefinitionDoesNotHave() {
      ResponseSet responses = new ResponseSet("ecr-r", "1.0", List.of("1", "37"), Map.of("37", 4));
      assertThatThrownBy(() -> Scorer.score(ecrR, responses))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("item '37'");
    }

    @Test
    void rejectsAnAnswerToAnItemThatWasNeverShown() {
      assertThatThrownBy(() -> new ResponseSet("ecr-r", "1.0", List.of("1"), Map.of("2", 4)))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("item '2'")
          .hasMessageContaining("itemOrder");
    }

    @Test
    void requiresTheItemOrder() {
      assertThatThrownBy(() -> new ResponseSet("ecr-r", "1.0", List.of(), Map.of()))
          .hasMessageContaining("itemOrder");
    }

    @Test
    void keepsTheItemOrderItWasGiven() {
      ResponseSet responses = new ResponseSet("ecr-r", "1.0", List.of("36", "1"), Map.of("1", 2));
      assertThat(responses.itemOrder()).containsExactly("36", "1");
    }
  }

  @Nested
  class EcrRs {

    private final Instrument ecrRs = CATALOG.get("ecr-rs", "1.0");

    private Map<String, Integer> target(String target, int... values) {
      Map<String, Integer> answers = new HashMap<>();
      for (int i = 0; i < values.length; i++) {
        answers.put(target + "." + (i + 1), values[i]);
      }
      return answers;
    }

    @Test
    void reverseKeysItemsOneToFourForAvoidanceAndAveragesSevenToNineForAnxiety() {
      Map<String, Integer> answers = target("mother", 1, 2, 3, 4, 5, 6, 7, 1, 4);
      ScoreSheet sheet = Scorer.score(ecrRs, ResponseSet.inCanonicalOrder(ecrRs, answers));
      // Avoidance: 7, 6, 5, 4 (reversed), 5, 6 -> 33 / 6 = 5.5. Anxiety: (7 + 1 + 4) / 3 = 4.
      assertThat(sheet.find("avoidance", "mother").orElseThrow().value()).isCloseTo(5.5, EXACT);
      assertThat(sheet.find("anxiety", "mother").orElseThrow().value()).isCloseTo(4.0, EXACT);
    }

    @Test
    void takesTheGlobalScoreAsTheMeanOverAnsweredTargets() {
      Map<String, Integer> answers = new HashMap<>();
      answers.putAll(target("mother", 4, 4, 4, 4, 4, 4, 6, 6, 6));
      answers.putAll(target("partner", 4, 4, 4, 4, 4, 4, 3, 3, 3));
      answers.putAll(target("friend", 4, 4, 4, 4, 4, 4, 1, 2, 3));
      ScoreSheet sheet = Scorer.score(ecrRs, ResponseSet.inCanonicalOrder(ecrRs, answers));
      Score global = sheet.find("anxiety", Score.GLOBAL).orElseThrow();
      // Father not answered: global anxiety = (6 + 3 + 2) / 3.
      assertThat(global.value()).isCloseTo(11.0 / 3, EXACT);
      assertThat(global.answered()).isEqualTo(3);
      assertThat(global.total()).isEqualTo(4);
      assertThat(sheet.find("anxiety", "father").orElseThrow().isMissing()).isTrue();
    }

    @Test
    void leavesAnxietyMissingWhenOneOfItsThreeItemsIsMissing() {
      Map<String, Integer> answers = target("partner", 4, 4, 4, 4, 4, 4, 6, 6, 6);
      answers.remove("partner.9"); // one of three is 33% missing
      ScoreSheet sheet = Scorer.score(ecrRs, ResponseSet.inCanonicalOrder(ecrRs, answers));
      assertThat(sheet.find("anxiety", "partner").orElseThrow().isMissing()).isTrue();
      assertThat(sheet.find("anxiety", Score.GLOBAL).orElseThrow().isMissing()).isTrue();
      assertThat(sheet.find("avoidance", "partner").orElseThrow().isMissing()).isFalse();
    }

    @Test
    void namesTheTargetItemWhenAnAnswerIsOutOfRange() {
      Map<String, Integer> answers = target("father", 4, 4, 4, 0, 4, 4, 4, 4, 4);
      assertThatThrownBy(() -> Scorer.score(ecrRs, ResponseSet.inCanonicalOrder(ecrRs, answers)))
          .hasMessageContaining("item 'father.4'");
    }
  }

  @Nested
  class Rfq8 {

    private final Instrument rfq = CATALOG.get("rfq-8", "1.0");

    @Test
    void recodesCertaintyItemsOneToThreeDownToZero() {
      double[] expected = {3, 2, 1, 0, 0, 0, 0};
      for (int answer = 1; answer <= 7; answer++) {
        Map<String, Integer> answers = allAnswered(rfq, answer);
        assertThat(score(rfq, answers, "certainty"))
            .as("answer %d", answer)
            .isCloseTo(expected[answer - 1], EXACT);
      }
    }

    @Test
    void recodesUncertaintyItemsPolarlyWithItemSevenReversed() {
      // Items 2, 4, 5, 6, 8: 1..4 -> 0, 5 -> 1, 6 -> 2, 7 -> 3. Item 7: 1 -> 3, 2 -> 2, 3 -> 1,
      // else 0.
      double[] agreeing = {0, 0, 0, 0, 1, 2, 3};
      double[] item7 = {3, 2, 1, 0, 0, 0, 0};
      for (int answer = 1; answer <= 7; answer++) {
        double expected = (5 * agreeing[answer - 1] + item7[answer - 1]) / 6;
        assertThat(score(rfq, allAnswered(rfq, answer), "uncertainty"))
            .as("answer %d", answer)
            .isCloseTo(expected, EXACT);
      }
    }

    @Test
    void scoresAMixedHandComputedExample() {
      Map<String, Integer> answers =
          Map.of("1", 1, "2", 7, "3", 2, "4", 5, "5", 3, "6", 6, "7", 2, "8", 4);
      // Certainty items 1-6: 3, 0, 2, 0, 1, 0 -> 6 / 6 = 1.
      // Uncertainty items 2, 4, 5, 6, 8: 3, 1, 0, 2, 0; item 7 (2) -> 2; total 8 / 6.
      assertThat(score(rfq, answers, "certainty")).isCloseTo(1.0, EXACT);
      assertThat(score(rfq, answers, "uncertainty")).isCloseTo(8.0 / 6, EXACT);
    }

    @Test
    void neverReportsASumTotal() {
      ScoreSheet sheet = Scorer.score(rfq, ResponseSet.inCanonicalOrder(rfq, allAnswered(rfq, 4)));
      assertThat(sheet.scores())
          .extracting(Score::subscaleId)
          .containsExactly("certainty", "uncertainty");
    }
  }

  @Nested
  class RelationshipQuestionnaire {

    private final Instrument rq = CATALOG.get("rq", "1.0");

    @Test
    void computesSelfAndOtherModels() {
      Map<String, Integer> answers =
          Map.of("secure", 6, "fearful", 2, "preoccupied", 3, "dismissing", 5, "choice", 1);
      // Self = (6 + 5) - (3 + 2) = 6; other = (6 + 3) - (5 + 2) = 2.
      assertThat(score(rq, answers, "self-model")).isCloseTo(6.0, EXACT);
      assertThat(score(rq, answers, "other-model")).isCloseTo(2.0, EXACT);
    }

    @Test
    void leavesModelsMissingWhenAnyPrototypeIsMissing() {
      Map<String, Integer> answers = Map.of("secure", 6, "fearful", 2, "preoccupied", 3);
      ScoreSheet sheet = Scorer.score(rq, ResponseSet.inCanonicalOrder(rq, answers));
      assertThat(sheet.scores()).allMatch(Score::isMissing);
    }

    @Test
    void checksTheForcedChoiceAgainstItsOwnScale() {
      Map<String, Integer> answers = Map.of("secure", 6, "choice", 5);
      assertThatThrownBy(() -> Scorer.score(rq, ResponseSet.inCanonicalOrder(rq, answers)))
          .hasMessageContaining("item 'choice'")
          .hasMessageContaining("1..4");
    }
  }

  @Nested
  class SignsOfSecurityChecklist {

    private final Instrument checklist = CATALOG.get("signs-of-security", "1.0");

    @Test
    void takesTheMeanOfTheWeeklyRatings() {
      Map<String, Integer> answers = new HashMap<>();
      int[] ratings = {0, 1, 2, 3, 4, 4, 3, 2, 1, 0};
      for (int i = 0; i < ratings.length; i++) {
        answers.put(checklist.items().get(i).id(), ratings[i]);
      }
      assertThat(score(checklist, answers, "signs")).isCloseTo(2.0, EXACT);
    }

    @Test
    void rejectsARatingAboveFour() {
      Map<String, Integer> answers = allAnswered(checklist, 5);
      assertThatThrownBy(
              () -> Scorer.score(checklist, ResponseSet.inCanonicalOrder(checklist, answers)))
          .hasMessageContaining("0..4");
    }
  }

  /** PHQ-9 and GAD-7 totals are plain sums (Kroenke et al. 2001; Spitzer et al. 2006). */
  @Nested
  class FreeSymptomMeasures {

    private final Instrument phq9 = CATALOG.get("phq-9", "1.0");
    private final Instrument gad7 = CATALOG.get("gad-7", "1.0");

    @Test
    void sumsThePhq9ToItsPublishedRange() {
      assertThat(score(phq9, allAnswered(phq9, 3), "total")).isCloseTo(27.0, EXACT);
      assertThat(score(phq9, allAnswered(phq9, 0), "total")).isCloseTo(0.0, EXACT);
      Map<String, Integer> moderate = allAnswered(phq9, 1);
      moderate.put("1", 3);
      moderate.put("2", 2);
      // 7 items at 1 plus 3 and 2: 12, in the published 10-14 "moderate" band.
      assertThat(score(phq9, moderate, "total")).isCloseTo(12.0, EXACT);
    }

    @Test
    void sumsTheGad7ToItsPublishedRange() {
      assertThat(score(gad7, allAnswered(gad7, 3), "total")).isCloseTo(21.0, EXACT);
      assertThat(score(gad7, allAnswered(gad7, 2), "total")).isCloseTo(14.0, EXACT);
    }

    @Test
    void leavesTheTotalMissingWhenAnItemIsUnanswered() {
      Map<String, Integer> answers = allAnswered(phq9, 2);
      answers.remove("9");
      assertThat(
              Scorer.score(phq9, ResponseSet.inCanonicalOrder(phq9, answers))
                  .find("total")
                  .map(s -> s.value()))
          .satisfiesAnyOf(v -> assertThat(v).isEmpty(), v -> assertThat(v.orElse(null)).isNull());
    }

    @Test
    void carriesTheCitedTestRetestReliabilityForReliableChange() {
      assertThat(phq9.subscale("total").orElseThrow().preferredReliability(null))
          .hasValueSatisfying(
              r -> {
                assertThat(r.kind()).isEqualTo(Reliability.Kind.TEST_RETEST);
                assertThat(r.value()).isEqualTo(0.84);
                assertThat(r.source()).contains("Kroenke, Spitzer & Williams (2001)");
              });
      assertThat(gad7.subscale("total").orElseThrow().preferredReliability(null))
          .hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(0.83));
    }

    /**
     * Checked against the papers (issue 13): Kroenke, Spitzer & Williams (2001), J Gen Intern Med
     * 16(9), 606-613: alpha .89 in primary care, test-retest .84 within 48 hours, and "PHQ-9 scores
     * of 5, 10, 15, and 20 represented mild, moderate, moderately severe, and severe depression";
     * Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166(10), 1092-1097: alpha .92,
     * test-retest intraclass correlation .83, cut points 5, 10 and 15 for mild, moderate and severe
     * anxiety.
     */
    @Test
    void carriesThePublishedAlphaAndSeverityBands() {
      assertThat(phq9.subscale("total").orElseThrow().reliability())
          .anySatisfy(
              r -> {
                assertThat(r.kind()).isEqualTo(Reliability.Kind.ALPHA);
                assertThat(r.value()).isEqualTo(0.89);
              });
      assertThat(gad7.subscale("total").orElseThrow().reliability())
          .anySatisfy(
              r -> {
                assertThat(r.kind()).isEqualTo(Reliability.Kind.ALPHA);
                assertThat(r.value()).isEqualTo(0.92);
              });
      assertThat(phq9.notes())
          .anySatisfy(
              n ->
                  assertThat(n)
                      .contains(
                          "0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe,"
                              + " 20-27 severe"));
      assertThat(gad7.notes())
          .anySatisfy(
              n -> assertThat(n).contains("0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe"));
    }
  }

  static Instrument loadFixture(String name) {
    InputStream in = ScorerTest.class.getResourceAsStream("/measure/" + name);
    assertThat(in).as("fixture %s", name).isNotNull();
    return InstrumentCatalog.parse(in, name);
  }
}
