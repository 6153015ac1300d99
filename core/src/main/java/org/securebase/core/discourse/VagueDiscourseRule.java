package org.securebase.core.discourse;

/**
 * {@code vague_discourse}: vague trailing phrases at a clause end ("and stuff", "or whatever"),
 * hedges ("sort of", "kind of"), the last words of an unfinished sentence, and psychological jargon
 * standing in for what happened ("issues", "toxic", "dynamics"). Informs the passivity of discourse
 * scale (Main, Goldwyn &amp; Hesse 2003: vague, jargon-filled or trailing speech that loses the
 * topic) and Grice's (1975) maxim of manner (avoid obscurity, be brief and orderly).
 *
 * <p>Not vague: a noun use ("what kind of music"), a phrase inside a clause ("and that was it"),
 * and jargon pinned to a concrete example in the same sentence ("enmeshed: for example, she read my
 * diary").
 */
final class VagueDiscourseRule implements IndicatorRule {

  private final PhraseSet trailing;
  private final PhraseSet hedge;
  private final PhraseSet notHedgeBefore;
  private final PhraseSet unfinished;
  private final PhraseSet jargon;
  private final PhraseSet pinned;

  VagueDiscourseRule() {
    Lexicon l = Lexicon.load("vague_discourse");
    trailing = l.section("trailing");
    hedge = l.section("hedge");
    notHedgeBefore = l.section("not_hedge_before");
    unfinished = l.section("unfinished");
    jargon = l.section("jargon");
    pinned = l.section("pinned");
  }

  @Override
  public void sentence(Analysis a, int s) {
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    int turn = a.turn(s);
    boolean pinnedHere = ts.find(pinned, from, to) >= 0;
    for (int i = from; i < to; i++) {
      int n = trailing.matchAt(ts.norm, i, to);
      if (n > 0 && SharedWords.endsClause(ts, i + n, to)) {
        a.emit.tokens(IndicatorType.VAGUE_DISCOURSE, i, i + n, turn, 1.0);
        i += n - 1;
        continue;
      }
      n = hedge.matchAt(ts.norm, i, to);
      if (n > 0 && !(i > from && notHedgeBefore.contains(ts.norm[i - 1]))) {
        a.emit.tokens(IndicatorType.VAGUE_DISCOURSE, i, i + n, turn, 1.0);
        i += n - 1;
        continue;
      }
      n = jargon.matchAt(ts.norm, i, to);
      if (n > 0 && !pinnedHere) {
        a.emit.tokens(IndicatorType.VAGUE_DISCOURSE, i, i + n, turn, 1.0);
        i += n - 1;
      }
    }
    unfinishedEnd(a, s);
  }

  /** "And then she...": the sentence breaks off; the span is its last three words and the mark. */
  private void unfinishedEnd(Analysis a, int s) {
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    int last = ts.sentenceTo[s] - 1;
    if (last <= from || !unfinished.contains(ts.norm[last])) {
      return;
    }
    int start = last;
    int counted = 0;
    while (start > from && counted < 3) {
      start--;
      if (ts.isWord(start)) {
        counted++;
      }
    }
    a.emit.tokens(IndicatorType.VAGUE_DISCOURSE, start, ts.sentenceTo[s], a.turn(s), 1.0);
  }
}
