package org.securebase.core.discourse;

/**
 * {@code derogation}: contempt for a parent or for attachment needs ("pathetic", "who cares",
 * "waste of time"). Informs the derogation scales (Main, Goldwyn &amp; Hesse 2003: derogation of a
 * parent, and derogation of attachment in general) and Grice's (1975) maxim of quality.
 *
 * <p>The contempt must be aimed at one of the speaker's own parents (followed by {@link Referents})
 * or at needs named in the sentence, the sentence before, or the question it answers. Not
 * derogation: negated contempt, quoted or reported contempt (a parent who "called me pathetic" hurt
 * the child; the words are the parent's), the speaker's own feeling ("I felt stupid"), or a body
 * ("his legs were weak").
 */
final class DerogationRule implements IndicatorRule {

  private final SharedWords words;
  private final PhraseSet contempt;
  private final PhraseSet needs;
  private final PhraseSet notAimed;

  DerogationRule(SharedWords words) {
    this.words = words;
    Lexicon l = Lexicon.load("derogation");
    contempt = l.section("contempt");
    needs = l.section("needs");
    notAimed = l.section("not_aimed");
  }

  @Override
  public void sentence(Analysis a, int s) {
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    if (!a.refs.aboutParent(s) && !needsNear(a, s)) {
      return;
    }
    for (int i = from; i < to; i++) {
      int n = contempt.matchAt(ts.norm, i, to);
      if (n == 0) {
        continue;
      }
      if (words.ownStance(ts, i, from, 5) && !a.ts.any(notAimed, Math.max(from, i - 3), i)) {
        a.emit.tokens(IndicatorType.DEROGATION, i, i + n, a.turn(s), 1.0);
      }
      i += n - 1;
    }
  }

  /** Needs in this sentence, the one before in the answer, or the last sentence of the question. */
  private boolean needsNear(Analysis a, int s) {
    TokenStream ts = a.ts;
    if (ts.any(needs, ts.sentenceFrom[s], ts.sentenceTo[s])) {
      return true;
    }
    if (s == 0) {
      return false;
    }
    int prev = s - 1;
    boolean sameAnswer = ts.sentenceTurn[prev] == ts.sentenceTurn[s];
    boolean question = !ts.narrating(ts.sentenceTurn[prev]) && s == a.turnFirst(s);
    return (sameAnswer || question) && ts.any(needs, ts.sentenceFrom[prev], ts.sentenceTo[prev]);
  }
}
