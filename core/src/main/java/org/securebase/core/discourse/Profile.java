package org.securebase.core.discourse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Descriptive counts and rates per 1,000 words of the analyzed speaker (participant or narrator),
 * per indicator and per group. The numbers describe discourse; they never name a class of person.
 *
 * @param words words spoken by the participant or narrator
 * @param counts occurrences per indicator (every indicator present, possibly 0)
 * @param groupCounts occurrences per group (every group present)
 */
public record Profile(
    int words, Map<IndicatorType, Integer> counts, Map<IndicatorGroup, Integer> groupCounts) {

  /** Copies the maps so the profile is immutable. */
  public Profile {
    counts = Map.copyOf(counts);
    groupCounts = Map.copyOf(groupCounts);
  }

  /** Counts the indicators over {@code words} words. */
  public static Profile of(int words, List<Indicator> indicators) {
    Map<IndicatorType, Integer> counts = new EnumMap<>(IndicatorType.class);
    Map<IndicatorGroup, Integer> groups = new EnumMap<>(IndicatorGroup.class);
    for (IndicatorType type : IndicatorType.values()) {
      counts.put(type, 0);
    }
    for (IndicatorGroup group : IndicatorGroup.values()) {
      groups.put(group, 0);
    }
    for (Indicator indicator : indicators) {
      counts.merge(indicator.type(), 1, Integer::sum);
      groups.merge(indicator.type().group(), 1, Integer::sum);
    }
    return new Profile(words, counts, groups);
  }

  /** Occurrences of one indicator. */
  public int count(IndicatorType type) {
    return counts.getOrDefault(type, 0);
  }

  /** Occurrences of one group. */
  public int count(IndicatorGroup group) {
    return groupCounts.getOrDefault(group, 0);
  }

  /** Occurrences of one indicator per 1,000 words (0 when there are no words). */
  public double rate(IndicatorType type) {
    return perThousand(count(type));
  }

  /** Occurrences of one group per 1,000 words (0 when there are no words). */
  public double rate(IndicatorGroup group) {
    return perThousand(count(group));
  }

  private double perThousand(int count) {
    return words == 0 ? 0.0 : count * 1000.0 / words;
  }
}
