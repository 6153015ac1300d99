package org.securebase.core.discourse;

/**
 * {@code unsupported_positive}: a generic positive word for one's own parent with no episode that
 * shows it. Informs the idealization scale (Main, Goldwyn &amp; Hesse 2003: positive semantic
 * descriptors not supported, or contradicted, by episodic memory) and Grice's (1975) maxim of
 * quality: say only what you have evidence for.
 *
 * <p>The parent is followed across sentences and turns ({@link Referents}), so "Tell me about your
 * mother." / "She was perfect." counts and "My teacher was Mrs Patel. She was wonderful." does not.
 * An episode (past event with a time or place) in the rest of the sentence, the next two sentences,
 * or the first sentences of the next answer when the interviewer asks for a memory in between (the
 * AAI probe for an episode) supports the word, unless it is an episode of hurt, which contradicts
 * rather than supports it. Negated, quoted and reported words, "did her best", a positive word
 * inside a minimizing phrase ("normal childhood") and words inside a self-correction are no claim.
 * Every claim is remembered for {@link ContradictionRule}.
 */
final class UnsupportedPositiveRule implements IndicatorRule {

  /** Sentences after a positive word, in the same answer, that may hold the supporting episode. */
  static final int EPISODE_WINDOW_SENTENCES = 2;

  /** Following answers, and sentences at the start of each, that may hold it. */
  static final int EPISODE_WINDOW_ANSWERS = 1;

  static final int EPISODE_WINDOW_ANSWER_SENTENCES = 3;

  private final SharedWords words;
  private final PhraseSet positive;
  private final PhraseSet notAfter;
  private final PhraseSet probe;
  private final PhraseSet hurt;
  private final PhraseSet minimizing;
  private final PhraseSet minimizingGeneric;
  private final PhraseSet metacognitive;

  UnsupportedPositiveRule(SharedWords words) {
    this.words = words;
    Lexicon l = Lexicon.load("unsupported_positive");
    positive = l.section("positive");
    notAfter = l.section("not_after");
    probe = l.section("probe");
    hurt = Lexicon.load("contradiction").section("hurt");
    Lexicon m = Lexicon.load("minimizing");
    minimizing = m.section("phrase");
    minimizingGeneric = m.section("generic");
    metacognitive = Lexicon.load("metacognitive").section("phrase");
  }

  @Override
  public void sentence(Analysis a, int s) {
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    if (!a.refs.aboutParent(s) || ts.find(metacognitive, from, to) >= 0) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (!positive.contains(ts.norm[i])
          || !words.ownStance(ts, i, from, 5)
          || doingTheirBest(ts, i, from)
          || notDescribing(ts, i, from, to)
          || insideMinimizing(ts, i, from, to)) {
        continue;
      }
      a.claims.add(new Analysis.Claim(a.participantOrdinal[a.turn(s)], i, a.refs.parentOf[s]));
      if (!episodeFollows(a, s, i)) {
        a.emit.tokens(IndicatorType.UNSUPPORTED_POSITIVE, i, i + 1, a.turn(s), 1.0);
      }
    }
  }

  /** "to warm my pyjamas" is a verb; "a great deal" is an amount. */
  private boolean notDescribing(TokenStream ts, int i, int from, int to) {
    return i > from && ts.norm[i - 1].equals("to")
        || i + 1 < to && notAfter.contains(ts.norm[i + 1]);
  }

  /** "She did her best" is context for a hurt, not praise. */
  private boolean doingTheirBest(TokenStream ts, int i, int from) {
    if (i == from) {
      return false;
    }
    String before = ts.norm[i - 1];
    return ts.norm[i].equals("best")
        && (words.own.contains(before)
            || before.equals("his")
            || before.equals("her")
            || before.equals("their")
            || before.equals("your"));
  }

  private boolean insideMinimizing(TokenStream ts, int i, int from, int to) {
    for (int k = Math.max(from, i - 4); k <= i; k++) {
      int n =
          Math.max(minimizing.matchAt(ts.norm, k, to), minimizingGeneric.matchAt(ts.norm, k, to));
      if (n > 0 && k + n > i) {
        return true;
      }
    }
    return false;
  }

  private boolean episodeFollows(Analysis a, int s, int token) {
    TokenStream ts = a.ts;
    int turn = a.turn(s);
    int last = Math.min(ts.turnSentenceTo[turn], s + 1 + EPISODE_WINDOW_SENTENCES);
    for (int k = s; k < last; k++) {
      if (supports(ts, k == s ? token + 1 : ts.sentenceFrom[k], ts.sentenceTo[k])) {
        return true;
      }
    }
    int answers = 0;
    boolean probed = false;
    for (int t = turn + 1; t < ts.turnWords.length && answers < EPISODE_WINDOW_ANSWERS; t++) {
      if (!ts.narrating(t)) {
        probed |=
            ts.find(probe, TurnLengthRules.firstToken(ts, t), TurnLengthRules.lastToken(ts, t))
                >= 0;
        continue;
      }
      answers++;
      if (!probed) {
        continue;
      }
      int end =
          Math.min(ts.turnSentenceTo[t], ts.turnFirstSentence[t] + EPISODE_WINDOW_ANSWER_SENTENCES);
      for (int k = ts.turnFirstSentence[t]; k < end; k++) {
        if (supports(ts, ts.sentenceFrom[k], ts.sentenceTo[k])) {
          return true;
        }
      }
    }
    return false;
  }

  /** An episode that is not one of hurt ("he never hit us" is no hurt). */
  private boolean supports(TokenStream ts, int from, int to) {
    if (from >= to || !words.isEpisode(ts, from, to)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (hurt.matchAt(ts.norm, i, to) > 0 && !words.negatedBefore(ts, i, from, 4)) {
        return false;
      }
    }
    return true;
  }
}
