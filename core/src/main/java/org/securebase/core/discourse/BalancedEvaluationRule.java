package org.securebase.core.discourse;

/**
 * {@code balanced_evaluation}: a hurtful trait of one's own parent named together with the context
 * that explains it ("she was cold, and she was overwhelmed herself"). Informs coherence (Main,
 * Goldwyn &amp; Hesse 2003: a balanced, understanding or forgiving view of a parent who hurt, the
 * mark of secure and earned-secure transcripts) and Grice's (1975) maxims of quality and relation.
 *
 * <p>The trait must be about the speaker's own parent ({@link Referents}) and not negated; the
 * context follows in the same or the next sentence about a parent, and is the parent's, not the
 * child's own fear ("I was scared of him" after "strict" is hurt without context).
 */
final class BalancedEvaluationRule implements IndicatorRule {

  private final SharedWords words;
  private final PhraseSet trait;
  private final PhraseSet context;

  BalancedEvaluationRule(SharedWords words) {
    this.words = words;
    Lexicon l = Lexicon.load("balanced_evaluation");
    trait = l.section("trait");
    context = l.section("context");
  }

  @Override
  public void sentence(Analysis a, int s) {
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    if (!a.refs.aboutParent(s)) {
      return;
    }
    for (int i = from; i < to; i++) {
      int n = trait.matchAt(ts.norm, i, to);
      if (n == 0 || words.negatedBefore(ts, i, from, 3)) {
        continue;
      }
      int end = contextEnd(ts, i + n, to);
      if (end < 0 && s + 1 < ts.turnSentenceTo[a.turn(s)] && a.refs.aboutParent(s + 1)) {
        end = contextEnd(ts, ts.sentenceFrom[s + 1], ts.sentenceTo[s + 1]);
      }
      if (end >= 0) {
        a.emit.tokens(IndicatorType.BALANCED_EVALUATION, i, end, a.turn(s), 1.0);
      }
      return;
    }
  }

  /** One past the first context phrase in {@code [from, to)} that is not the child's, or -1. */
  private int contextEnd(TokenStream ts, int from, int to) {
    for (int c = from; c < to; c++) {
      int n = context.matchAt(ts.norm, c, to);
      if (n > 0 && !childs(ts, c, from)) {
        return c + n;
      }
    }
    return -1;
  }

  /** "I was scared", "we were afraid": the child's state, not the parent's circumstance. */
  private static boolean childs(TokenStream ts, int c, int from) {
    for (int k = Math.max(from, c - 3); k < c; k++) {
      String w = ts.norm[k];
      if (w.equals("i") || w.equals("we") || w.equals("me") || w.equals("us")) {
        return true;
      }
    }
    return false;
  }
}
