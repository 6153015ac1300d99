package org.securebase.core.discourse;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The two quantity indicators measured on length rather than words (Grice 1975, maxim of quantity:
 * as much as is needed, and no more). Neither has a word list of its own beyond the demand
 * questions.
 *
 * <ul>
 *   <li>{@code run_on_turn}: a turn over {@value RunOn#RUN_ON_MIN_WORDS} words and {@value
 *       RunOn#RUN_ON_MEDIAN_FACTOR} times the speaker's median turn, or a sentence over {@value
 *       RunOn#RUN_ON_SENTENCE_WORDS} words. Informs preoccupation (Main, Goldwyn &amp; Hesse 2003:
 *       excessively long, entangled turns in preoccupied transcripts).
 *   <li>{@code short_turn}: an answer under {@value ShortTurn#SHORT_TURN_WORDS} words to a question
 *       that asks for an account (hurt, loss, rejection, why, describe, tell me about). Informs
 *       dismissing states of mind (Main, Goldwyn &amp; Hesse 2003: minimal, closed answers).
 * </ul>
 */
final class TurnLengthRules {

  private TurnLengthRules() {}

  /** {@code run_on_turn}; see {@link TurnLengthRules}. */
  static final class RunOn implements IndicatorRule {
    static final double RUN_ON_MEDIAN_FACTOR = 3.0;
    static final int RUN_ON_MIN_WORDS = 150;
    static final int RUN_ON_SENTENCE_WORDS = 60;

    @Override
    public void sentence(Analysis a, int s) {
      if (a.ts.words(s) > RUN_ON_SENTENCE_WORDS) {
        a.emit.sentence(IndicatorType.RUN_ON_TURN, s, 1.0);
      }
    }

    @Override
    public void finish(Analysis a) {
      TokenStream ts = a.ts;
      List<Integer> narrating = new ArrayList<>();
      for (int t = 0; t < ts.turnWords.length; t++) {
        if (ts.narrating(t) && ts.turnWords[t] > 0) {
          narrating.add(t);
        }
      }
      if (narrating.size() < 3) {
        return;
      }
      double[] lengths = narrating.stream().mapToDouble(t -> ts.turnWords[t]).toArray();
      double median = new Median().evaluate(lengths);
      double bound = Math.max(RUN_ON_MIN_WORDS, RUN_ON_MEDIAN_FACTOR * median);
      for (int t : narrating) {
        if (ts.turnWords[t] > bound) {
          a.emit.span(
              IndicatorType.RUN_ON_TURN,
              ts.turn(t).start(),
              ts.turn(t).end(),
              t,
              Math.min(2.0, ts.turnWords[t] / bound),
              -1,
              -1);
        }
      }
    }
  }

  /** {@code short_turn}; see {@link TurnLengthRules}. */
  static final class ShortTurn implements IndicatorRule {
    static final int SHORT_TURN_WORDS = 8;

    private final PhraseSet demand = Lexicon.load("short_turn").section("demand");

    @Override
    public void sentence(Analysis a, int s) {}

    @Override
    public void finish(Analysis a) {
      TokenStream ts = a.ts;
      for (int t = 1; t < ts.turnWords.length; t++) {
        if (!ts.narrating(t) || ts.narrating(t - 1) || ts.turnWords[t] >= SHORT_TURN_WORDS) {
          continue;
        }
        int qFrom = firstToken(ts, t - 1);
        int qTo = lastToken(ts, t - 1);
        if (qTo > qFrom && ts.find(demand, qFrom, qTo) >= 0 && ts.turn(t).length() > 0) {
          a.emit.span(
              IndicatorType.SHORT_TURN, ts.turn(t).start(), ts.turn(t).end(), t, 1.0, -1, -1);
        }
      }
    }
  }

  static int firstToken(TokenStream ts, int turn) {
    int s = ts.turnFirstSentence[turn];
    return s < ts.turnSentenceTo[turn] ? ts.sentenceFrom[s] : 0;
  }

  static int lastToken(TokenStream ts, int turn) {
    int s = ts.turnSentenceTo[turn] - 1;
    return s >= ts.turnFirstSentence[turn] ? ts.sentenceTo[s] : 0;
  }
}
