package org.securebase.core.discourse;

/**
 * One indicator's rule over the token stream. Rules are immutable and thread-safe: everything an
 * analysis accumulates lives in its {@link Analysis}. The {@link IndicatorRules} walk calls {@link
 * #sentence} for every sentence of a participant or narrator turn, in text order, then {@link
 * #finish} once. Each rule owns its phrases (its lexicon file) and says in its Javadoc which scale
 * or maxim it informs and from which published description.
 */
interface IndicatorRule {

  /** Called once before the first sentence; for state a rule prepares over the whole stream. */
  default void start(Analysis a) {}

  /** Looks at one sentence of a narrating turn; may emit through {@code a.emit}. */
  void sentence(Analysis a, int s);

  /** Called once after every sentence; for rules over whole turns. */
  default void finish(Analysis a) {}
}
