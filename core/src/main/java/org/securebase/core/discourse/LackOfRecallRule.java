package org.securebase.core.discourse;

/**
 * {@code lack_of_recall}: a claim of not remembering that closes a topic. Informs the scale
 * "insistence on lack of recall" (Main, Goldwyn &amp; Hesse 2003) and Grice's (1975) maxim of
 * quantity: the speaker gives less than the question asks for and blocks further inquiry.
 *
 * <p>Not a closing claim: a memory after a contrast in the same sentence ("I don't remember the
 * date, but I remember her voice"); vivid detail in the next sentences of the answer (recall
 * difficulty followed by a remembered scene offers memory, it does not refuse it); someone else's
 * forgetting ("he says he doesn't remember"); quoted or reported words. Repeats within one question
 * weigh more, as insistence is the repeated blocking of a topic.
 */
final class LackOfRecallRule implements IndicatorRule {

  /** Sentences after the claim in which vivid detail reopens the topic. */
  static final int DETAIL_WINDOW_SENTENCES = 2;

  /** A following sentence this long with a concrete anchor is detail, not filler. */
  static final int DETAIL_WORDS = 10;

  private final SharedWords words;
  private final PhraseSet denial;
  private final PhraseSet clauseEnd;
  private final PhraseSet recall;
  private final PhraseSet vagueTime;

  LackOfRecallRule(SharedWords words) {
    this.words = words;
    Lexicon l = Lexicon.load("lack_of_recall");
    denial = l.section("denial");
    clauseEnd = l.section("clause_end_only");
    recall = l.section("recall");
    vagueTime = l.section("vague_time");
  }

  @Override
  public void sentence(Analysis a, int s) {
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    for (int i = from; i < to; i++) {
      int n = closingAt(ts, i, to);
      if (n == 0) {
        continue;
      }
      if (!recalledAfterContrast(ts, i + n, to)
          && !detailFollows(a, s)
          && !someoneElse(ts, i, from)
          && !words.insideQuotes(ts, i, from)
          && !words.reported(ts, i, from)) {
        int turn = ts.sentenceTurn[s];
        Object key = ts.turnQuestion[turn] != null ? ts.turnQuestion[turn] : "turn" + turn;
        int before = a.recallRepeats.merge(key, 1, Integer::sum) - 1;
        a.emit.tokens(
            IndicatorType.LACK_OF_RECALL, i, i + n, turn, Math.min(2.0, 1.0 + 0.5 * before));
      }
      i += n - 1;
    }
  }

  private int closingAt(TokenStream ts, int i, int to) {
    int n = denial.matchAt(ts.norm, i, to);
    if (n == 0) {
      n = clauseEnd.matchAt(ts.norm, i, to);
      if (n > 0 && !SharedWords.endsClause(ts, i + n, to)) {
        n = 0;
      }
    }
    return n;
  }

  /** "I don't remember the date, but I remember her voice": a memory follows the contrast. */
  private boolean recalledAfterContrast(TokenStream ts, int from, int to) {
    for (int c = from; c < to; c++) {
      if (words.contrast.contains(ts.norm[c])) {
        for (int r = c + 1; r < to; r++) {
          if (recall.matchAt(ts.norm, r, to) > 0 && !words.negatedBefore(ts, r, c + 1, 2)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Vivid detail in the next sentences of the same answer, and no second denial before it. */
  private boolean detailFollows(Analysis a, int s) {
    TokenStream ts = a.ts;
    int last = Math.min(ts.turnSentenceTo[a.turn(s)], s + 1 + DETAIL_WINDOW_SENTENCES);
    for (int k = s + 1; k < last; k++) {
      int from = ts.sentenceFrom[k];
      int to = ts.sentenceTo[k];
      if (ts.find(denial, from, to) >= 0) {
        return false;
      }
      if (vivid(ts, from, to, ts.words(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean vivid(TokenStream ts, int from, int to, int wordCount) {
    int events = 0;
    boolean anchor = false;
    for (int i = from; i < to; i++) {
      String w = ts.norm[i];
      if (recall.matchAt(ts.norm, i, to) > 0 && !words.negatedBefore(ts, i, from, 2)) {
        return true;
      }
      events += words.isPastEvent(w) ? 1 : 0;
      anchor |= words.isAnchor(w) && !vagueTime.contains(w);
    }
    return anchor && (events > 0 || wordCount >= DETAIL_WORDS)
        || events >= 2 && wordCount >= DETAIL_WORDS;
  }

  /** "He says he doesn't remember": another person's forgetting. */
  private static boolean someoneElse(TokenStream ts, int i, int from) {
    if (i == from) {
      return false;
    }
    return switch (ts.norm[i - 1]) {
      case "he", "she", "they" -> true;
      default -> false;
    };
  }
}
