package org.securebase.core.discourse;

import java.util.List;
import java.util.function.Consumer;
import opennlp.tools.postag.POSModel;

/**
 * The thirteen indicator rules, one class per indicator, each owning its phrases (as OpenNLP has
 * one class per task), run in one forward walk over a {@link TokenStream}. Every rule looks at a
 * sentence and small windows bounded by a few sentences or answers, so a whole analysis stays
 * linear in the text. Only participant and narrator words produce indicators; interviewer turns are
 * read for context (what a question asks, whom it names, whether it is about a loss). Immutable and
 * thread-safe: per-call state lives in an {@link Analysis}.
 */
final class IndicatorRules {

  private final SharedWords words = new SharedWords();
  private final List<IndicatorRule> rules;

  IndicatorRules(POSModel posModel) {
    LapseLossRule lapse = new LapseLossRule(posModel, words);
    rules =
        List.of(
            new LackOfRecallRule(words),
            new UnsupportedPositiveRule(words),
            new ContradictionRule(words),
            new MinimizingRule(words),
            new DerogationRule(words),
            new InvolvingAngerRule(words),
            new VagueDiscourseRule(),
            new TurnLengthRules.RunOn(),
            lapse,
            new MetacognitiveRule(),
            new ReflectiveRule(words, lapse),
            new BalancedEvaluationRule(words),
            new TurnLengthRules.ShortTurn());
  }

  void apply(TokenStream ts, Consumer<Indicator> out) {
    Analysis a = new Analysis(ts, new Emitter(ts, out), words);
    for (IndicatorRule rule : rules) {
      rule.start(a);
    }
    for (int t = 0; t < ts.turnWords.length; t++) {
      if (!ts.narrating(t)) {
        continue;
      }
      for (int s = ts.turnFirstSentence[t]; s < ts.turnSentenceTo[t]; s++) {
        for (IndicatorRule rule : rules) {
          rule.sentence(a, s);
        }
      }
    }
    for (IndicatorRule rule : rules) {
      rule.finish(a);
    }
  }
}
