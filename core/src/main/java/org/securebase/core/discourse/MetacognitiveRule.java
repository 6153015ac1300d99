package org.securebase.core.discourse;

/**
 * {@code metacognitive}: monitoring one's own thinking and memory while speaking: self-correction
 * ("actually, no, that's not right"), noting memory's limits ("I may be remembering this wrong"),
 * seeing the past differently now ("looking back", "in hindsight"). Informs the metacognitive
 * monitoring scale (Main, Goldwyn &amp; Hesse 2003; Main 1991) and Grice's (1975) maxim of quality.
 * "Actually" alone and a literal looking back ("I kept looking back at the house") are not in the
 * phrase list.
 */
final class MetacognitiveRule implements IndicatorRule {

  private final PhraseSet phrase;
  private final PhraseSet literalAfter;

  MetacognitiveRule() {
    Lexicon l = Lexicon.load("metacognitive");
    phrase = l.section("phrase");
    literalAfter = l.section("literal_after");
  }

  @Override
  public void sentence(Analysis a, int s) {
    TokenStream ts = a.ts;
    int to = ts.sentenceTo[s];
    for (int i = ts.sentenceFrom[s]; i < to; i++) {
      int n = phrase.matchAt(ts.norm, i, to);
      if (n > 0 && !(i + n < to && literalAfter.contains(ts.norm[i + n]))) {
        a.emit.tokens(IndicatorType.METACOGNITIVE, i, i + n, a.turn(s), 1.0);
        i += n - 1;
      }
    }
  }
}
