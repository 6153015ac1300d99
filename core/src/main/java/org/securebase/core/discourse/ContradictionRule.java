package org.securebase.core.discourse;

/**
 * {@code contradiction}: an episode of hurt, rejection, absence or punishment by a parent after a
 * positive claim about that same parent. Informs the idealization scale (Main, Goldwyn &amp; Hesse
 * 2003: semantic descriptors contradicted by episodic memory) and Grice's (1975) maxim of quality:
 * the claim and the evidence for it do not agree.
 *
 * <p>The hurt must be by the parent the claim was about ({@link Referents}: a claim about the
 * mother is not contradicted by the father's shouting), in the same sentence after the claim or in
 * the next {@value #CONTRADICTION_WINDOW_TURNS} answers. Negated hurt ("she never hit us") and
 * quoted words are no episode. The span is the hurt; its link points at the claim.
 */
final class ContradictionRule implements IndicatorRule {

  /** Answers after a positive claim in which hurt by that parent counts as contradiction. */
  static final int CONTRADICTION_WINDOW_TURNS = 2;

  /**
   * Claims looked back over; bounds the work in a long narrative, which is a single turn and so
   * never leaves the answer window.
   */
  static final int CLAIMS_LOOKED_BACK = 32;

  private final SharedWords words;
  private final PhraseSet hurt;

  ContradictionRule(SharedWords words) {
    this.words = words;
    hurt = Lexicon.load("contradiction").section("hurt");
  }

  @Override
  public void sentence(Analysis a, int s) {
    if (a.claims.isEmpty() || !a.refs.aboutParent(s)) {
      return;
    }
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    String parent = a.refs.parentOf[s];
    int ordinal = a.participantOrdinal[a.turn(s)];
    for (int at = from; at < to; at++) {
      int n = hurt.matchAt(ts.norm, at, to);
      if (n == 0) {
        continue;
      }
      if (!words.negatedBefore(ts, at, from, 4) && !words.insideQuotes(ts, at, from)) {
        Analysis.Claim claim = claimBefore(a, ordinal, at, parent);
        if (claim != null) {
          a.emit.span(
              IndicatorType.CONTRADICTION,
              ts.tokenStart[at],
              ts.tokenEnd[at + n - 1],
              a.turn(s),
              1.0,
              ts.tokenStart[claim.token()],
              ts.tokenEnd[claim.token()]);
          return;
        }
      }
      at += n - 1;
    }
  }

  private static Analysis.Claim claimBefore(Analysis a, int ordinal, int token, String parent) {
    for (int k = a.claims.size() - 1; k >= Math.max(0, a.claims.size() - CLAIMS_LOOKED_BACK); k--) {
      Analysis.Claim claim = a.claims.get(k);
      if (ordinal - claim.ordinal() > CONTRADICTION_WINDOW_TURNS) {
        return null;
      }
      if (claim.token() < token && Referents.sameParent(claim.parent(), parent)) {
        return claim;
      }
    }
    return null;
  }
}
