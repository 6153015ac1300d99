package org.securebase.core.discourse;

import java.util.List;

/**
 * What the analyzer found in one transcript: the indicators in text order and their profile, with
 * the analyzer and lexicon versions that produced them so every number can be traced. Immutable.
 *
 * @param analyzerVersion version of the matching rules
 * @param lexiconVersion version of the word lists
 * @param indicators evidence in order of start offset
 * @param profile counts and rates
 */
public record AnalysisResult(
    String analyzerVersion, String lexiconVersion, List<Indicator> indicators, Profile profile) {

  /** Copies the list so the result is immutable. */
  public AnalysisResult {
    indicators = List.copyOf(indicators);
  }

  /** The indicators of one type, in text order. */
  public List<Indicator> indicators(IndicatorType type) {
    return indicators.stream().filter(i -> i.type() == type).toList();
  }
}
