package org.securebase.core.discourse;

/**
 * {@code involving_anger}: anger at a parent still active in the telling. Informs the involving
 * (preoccupying) anger scale (Main, Goldwyn &amp; Hesse 2003: the speaker addresses the parent as
 * if present, slips into present-tense quoted arguments, lists grievances at length) and Grice's
 * (1975) maxim of manner.
 *
 * <p>Four forms: (a) a sentence opening with an address to a parent and "you" ("Mum, you never
 * ..."); (b) "you always / you never" where this or the previous sentence is about a parent
 * (followed by {@link Referents}), but not generic "you" ("you always feel nervous", "you never
 * know") and not inside a quotation; (c) a present-tense quoting verb ("she goes", "and I'm like");
 * (d) three sentences in a row that each hold a grievance about a parent, as one span.
 */
final class InvolvingAngerRule implements IndicatorRule {

  /** Grievance sentences in a row that make a grievance list. */
  static final int GRIEVANCE_RUN = 3;

  private final SharedWords words;
  private final PhraseSet vocative;
  private final PhraseSet accusation;
  private final PhraseSet notAccusation;
  private final PhraseSet quoteLike;
  private final PhraseSet quoteSay;
  private final PhraseSet grievance;

  InvolvingAngerRule(SharedWords words) {
    this.words = words;
    Lexicon l = Lexicon.load("involving_anger");
    vocative = l.section("vocative");
    accusation = l.section("accusation");
    notAccusation = l.section("not_accusation");
    quoteLike = l.section("quote_like");
    quoteSay = l.section("quote_say");
    grievance = l.section("grievance");
  }

  @Override
  public void sentence(Analysis a, int s) {
    grievanceList(a, s);
    TokenStream ts = a.ts;
    if (address(ts, s)) {
      a.emit.span(
          IndicatorType.INVOLVING_ANGER,
          ts.tokenStart[firstWord(ts, s)],
          ts.sentenceEnd[s],
          a.turn(s),
          1.5,
          -1,
          -1);
      return;
    }
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    boolean parentNear = a.refs.aboutParent(s) || s > a.turnFirst(s) && a.refs.aboutParent(s - 1);
    for (int i = from; i < to; i++) {
      int n = accusation.matchAt(ts.norm, i, to);
      if (n > 0
          && parentNear
          && !(i + n < to && notAccusation.contains(ts.norm[i + n]))
          && !words.insideQuotes(ts, i, from)) {
        a.emit.tokens(IndicatorType.INVOLVING_ANGER, i, i + n, a.turn(s), 1.0);
        i += n - 1;
        continue;
      }
      n = quoting(ts, i, to);
      if (n > 0) {
        a.emit.tokens(IndicatorType.INVOLVING_ANGER, i, i + n, a.turn(s), 1.0);
        i += n - 1;
      }
    }
  }

  /** (c) "and I'm like", or "she says" followed by a comma, colon or quotation mark. */
  private int quoting(TokenStream ts, int i, int to) {
    int n = quoteLike.matchAt(ts.norm, i, to);
    if (n > 0) {
      return n;
    }
    n = quoteSay.matchAt(ts.norm, i, to);
    return n > 0 && i + n < to && isQuoteOpener(ts.norm[i + n]) ? n : 0;
  }

  private static int firstWord(TokenStream ts, int s) {
    int first = ts.sentenceFrom[s];
    while (first < ts.sentenceTo[s] && (ts.isPunctuation(first) || ts.norm[first].equals("and"))) {
      first++;
    }
    return first;
  }

  /** (a) "Mom, you always ...": a vocative, a comma, and "you" within three tokens. */
  private boolean address(TokenStream ts, int s) {
    int first = firstWord(ts, s);
    int to = ts.sentenceTo[s];
    if (first + 2 >= to || !vocative.contains(ts.norm[first]) || !ts.norm[first + 1].equals(",")) {
      return false;
    }
    for (int i = first + 2; i < Math.min(to, first + 5); i++) {
      if (ts.norm[i].equals("you")) {
        return !(i + 1 < to && notAccusation.contains(ts.norm[i + 1]));
      }
    }
    return false;
  }

  private static boolean isQuoteOpener(String token) {
    return switch (token) {
      case ",", ":", "\"", "\u201c", "'" -> true;
      default -> false;
    };
  }

  /** (d) a run of grievance sentences about a parent within one answer. */
  private void grievanceList(Analysis a, int s) {
    TokenStream ts = a.ts;
    if (a.grievanceTurn != a.turn(s)) {
      a.grievanceTurn = a.turn(s);
      a.grievanceRun = 0;
    }
    boolean grieves =
        a.refs.aboutParent(s) && ts.find(grievance, ts.sentenceFrom[s], ts.sentenceTo[s]) >= 0;
    if (!grieves) {
      a.grievanceRun = 0;
      return;
    }
    if (a.grievanceRun++ == 0) {
      a.grievanceFirst = s;
    }
    if (a.grievanceRun == GRIEVANCE_RUN) {
      a.emit.span(
          IndicatorType.INVOLVING_ANGER,
          ts.sentenceStart[a.grievanceFirst],
          ts.sentenceEnd[s],
          a.turn(s),
          1.5,
          -1,
          -1);
    }
  }
}
