package org.securebase.core.discourse.corpus;

import java.util.List;
import org.securebase.core.discourse.IndicatorType;

/**
 * One method's scores on a corpus, per indicator, at span level and at item level, with the
 * confusion of its unmatched spans. Immutable.
 *
 * @param method the detector's name and version
 * @param spanScores one per indicator, in {@link IndicatorType} order
 * @param itemScores one per indicator: does the item contain the indicator at all
 * @param confusion what the unmatched spans were instead
 * @param errors up to a few unmatched spans per indicator, as examples for a rule author
 */
public record MethodEvaluation(
    String method,
    List<Score> spanScores,
    List<Score> itemScores,
    Confusion confusion,
    List<Miss> errors) {

  public MethodEvaluation {
    spanScores = List.copyOf(spanScores);
    itemScores = List.copyOf(itemScores);
    errors = List.copyOf(errors);
  }

  /** An unmatched span: a false positive or a false negative, with its words. */
  public record Miss(String itemId, IndicatorType type, boolean falsePositive, String words) {}

  public Score span(IndicatorType type) {
    return spanScores.get(type.ordinal());
  }

  public Score item(IndicatorType type) {
    return itemScores.get(type.ordinal());
  }
}
