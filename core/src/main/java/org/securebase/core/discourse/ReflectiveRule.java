package org.securebase.core.discourse;

import java.util.List;

/**
 * {@code reflective}: mental states linked to behaviour, perspective-taking, change over time, and
 * links across generations. Informs reflective functioning (Fonagy, Target, Steele &amp; Steele
 * 1998: explicit attention to mental states underlying behaviour, to their developmental origins,
 * and to how they change) and, through it, coherence (Main, Goldwyn &amp; Hesse 2003).
 *
 * <p>Four forms, at most one per sentence: (a) a causal word with a mental-state word after it
 * ("because she was frightened") or before it ("she was anxious, so she kept us close"); "since"
 * meaning time ("since I was ten") and "out of" without a mental noun ("out of the car") are no
 * cause; (b) a parent's state of mind stated without "because": an inner state of a parent ({@link
 * Referents}) with an epistemic marker ("I think she was lonely") or followed by what the parent
 * did ("she was so overwhelmed herself, she didn't know how to comfort anyone"); (c) a perspective,
 * change or intergenerational phrase. In talk of a death, blaming oneself for it by a thought is a
 * lapse ({@link LapseLossRule}), not reflection, though it has the same shape.
 */
final class ReflectiveRule implements IndicatorRule {

  /** Tokens around a causal word searched for a mental-state word. */
  static final int CAUSAL_WINDOW = 8;

  /** Tokens after a parent's inner state in which a clause about the parent links it to acts. */
  static final int LINK_WINDOW = 4;

  private final LapseLossRule lapse;
  private final SharedWords words;
  private final PhraseSet mental;
  private final PhraseSet mentalNoun;
  private final PhraseSet causalAfter;
  private final PhraseSet causalBefore;
  private final PhraseSet innerState;
  private final PhraseSet epistemic;
  private final PhraseSet numberWords;
  private final List<PhraseSet> phrases;

  ReflectiveRule(SharedWords words, LapseLossRule lapse) {
    this.words = words;
    this.lapse = lapse;
    Lexicon l = Lexicon.load("reflective");
    mental = l.section("mental");
    mentalNoun = l.section("mental_noun");
    causalAfter = l.section("causal_after");
    causalBefore = l.section("causal_before");
    innerState = l.section("inner_state");
    epistemic = l.section("epistemic");
    numberWords = l.section("number_words");
    phrases =
        List.of(l.section("perspective"), l.section("change"), l.section("intergenerational"));
  }

  @Override
  public void sentence(Analysis a, int s) {
    if (a.deathTalk != null && a.deathTalk[a.turn(s)] && lapse.selfBlameIn(a.ts, s)) {
      return;
    }
    if (causal(a.ts, s) || parentMind(a, s)) {
      a.emit.sentence(IndicatorType.REFLECTIVE, s, 1.0);
      return;
    }
    TokenStream ts = a.ts;
    for (PhraseSet set : phrases) {
      int at = ts.find(set, ts.sentenceFrom[s], ts.sentenceTo[s]);
      if (at >= 0) {
        int n = set.matchAt(ts.norm, at, ts.sentenceTo[s]);
        a.emit.tokens(IndicatorType.REFLECTIVE, at, at + n, a.turn(s), 1.0);
        return;
      }
    }
  }

  /** (a) "because she was frightened", "she was anxious, so she ...". */
  private boolean causal(TokenStream ts, int s) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    for (int i = from; i < to; i++) {
      int n = causalAfter.matchAt(ts.norm, i, to);
      if (n > 0
          && isCause(ts, i, n, to)
          && ts.any(mental, i + n, Math.min(to, i + n + CAUSAL_WINDOW))) {
        return true;
      }
      n = causalBefore.matchAt(ts.norm, i, to);
      if (n > 0 && ts.any(mental, Math.max(from, i - CAUSAL_WINDOW), i)) {
        return true;
      }
    }
    return false;
  }

  /** "since" followed by a time or an age is time; "out of" needs a mental noun ("out of fear"). */
  private boolean isCause(TokenStream ts, int i, int n, int to) {
    String word = ts.norm[i];
    if (word.equals("out")) {
      return i + n < to && mentalNoun.contains(ts.norm[i + n]);
    }
    if (word.equals("since")) {
      for (int k = i + 1; k < Math.min(to, i + 5); k++) {
        if (words.isAnchor(ts.norm[k]) || numberWords.contains(ts.norm[k])) {
          return false;
        }
      }
    }
    return true;
  }

  /** (b) a parent's inner state with an epistemic marker, or followed by a clause about them. */
  private boolean parentMind(Analysis a, int s) {
    TokenStream ts = a.ts;
    if (!a.refs.aboutParent(s)) {
      return false;
    }
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    for (int i = from; i < to; i++) {
      if (!innerState.contains(ts.norm[i]) || childs(ts, i, from)) {
        continue;
      }
      return ts.find(epistemic, from, to) >= 0 || parentActsAfter(a, i + 1, to);
    }
    return false;
  }

  private static boolean parentActsAfter(Analysis a, int from, int to) {
    TokenStream ts = a.ts;
    for (int k = from; k < Math.min(to, from + LINK_WINDOW); k++) {
      if (ts.norm[k].equals(",") || ts.norm[k].equals("and") || ts.norm[k].equals("so")) {
        for (int p = k + 1; p < Math.min(to, k + 3); p++) {
          String noun = a.refs.pronounNoun[p];
          if (noun != null && !noun.startsWith("someone") && isParent(noun)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isParent(String noun) {
    return switch (noun) {
      case Referents.MOTHER, Referents.FATHER, Referents.PARENTS, Referents.PARENT -> true;
      default -> false;
    };
  }

  /** "I was frightened": the speaker's own state, not the parent's. */
  private static boolean childs(TokenStream ts, int i, int from) {
    for (int k = Math.max(from, i - 3); k < i; k++) {
      if (ts.norm[k].equals("i") || ts.norm[k].equals("we")) {
        return true;
      }
    }
    return false;
  }
}
