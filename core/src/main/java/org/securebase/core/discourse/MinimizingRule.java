package org.securebase.core.discourse;

/**
 * {@code minimizing}: wording that plays down the effect of hard experience ("it didn't affect me",
 * "it made me stronger"), including generic minimizing of childhood ("every childhood has its ups
 * and downs", "kids are resilient") and of needing people ("I never needed anyone"). Informs
 * dismissing states of mind: derogation of attachment and the restricted, normalizing discourse
 * Main, Goldwyn &amp; Hesse (2003) describe for dismissing transcripts, and Grice's (1975) maxim of
 * quality. Negated, quoted and reported minimizing ("my dad always said it made us stronger") is
 * not the speaker's own and is left out.
 */
final class MinimizingRule implements IndicatorRule {

  private final SharedWords words;
  private final PhraseSet phrase;
  private final PhraseSet generic;

  MinimizingRule(SharedWords words) {
    this.words = words;
    Lexicon l = Lexicon.load("minimizing");
    phrase = l.section("phrase");
    generic = l.section("generic");
  }

  @Override
  public void sentence(Analysis a, int s) {
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    for (int i = from; i < to; i++) {
      int n = Math.max(phrase.matchAt(ts.norm, i, to), generic.matchAt(ts.norm, i, to));
      if (n == 0) {
        continue;
      }
      if (words.ownStance(ts, i, from, 3)) {
        a.emit.tokens(IndicatorType.MINIMIZING, i, i + n, a.turn(s), 1.0);
      }
      i += n - 1;
    }
  }
}
