package org.securebase.core.discourse;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects indicators, filling in the turn, question and evidence text. The same words are emitted
 * once per indicator: two rules can mark the same words for one indicator (a one-sentence run-on
 * turn is both a long sentence and a long turn), and counting them twice would inflate the
 * profile's rates. Not thread-safe; one per analysis.
 */
final class Emitter {
  private final TokenStream ts;
  private final Consumer<Indicator> out;
  private final Set<String> emitted = new HashSet<>();

  Emitter(TokenStream ts, Consumer<Indicator> out) {
    this.ts = ts;
    this.out = out;
  }

  /** Tokens {@code [fromToken, toToken)} of the turn. */
  void tokens(IndicatorType type, int fromToken, int toToken, int turn, double weight) {
    span(type, ts.tokenStart[fromToken], ts.tokenEnd[toToken - 1], turn, weight, -1, -1);
  }

  /** The whole sentence. */
  void sentence(IndicatorType type, int s, double weight) {
    span(type, ts.sentenceStart[s], ts.sentenceEnd[s], ts.sentenceTurn[s], weight, -1, -1);
  }

  void span(
      IndicatorType type, int start, int end, int turn, double weight, int linkStart, int linkEnd) {
    if (!emitted.add(type.ordinal() + ":" + start + ":" + end)) {
      return;
    }
    out.accept(
        new Indicator(
            type,
            start,
            end,
            turn,
            ts.turnQuestion[turn],
            ts.text.substring(start, end),
            weight,
            linkStart,
            linkEnd));
  }
}
