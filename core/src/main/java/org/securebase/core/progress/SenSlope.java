package org.securebase.core.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The arithmetic behind {@link RecoveryTrend}: pairwise slopes and the variance of Kendall's S. */
final class SenSlope {

  private SenSlope() {}

  static double[] pairwiseSlopesPerWeek(List<Episode> sorted) {
    double secondsPerWeek = Duration.ofDays(7).toSeconds();
    List<Double> slopes = new ArrayList<>();
    for (int i = 0; i < sorted.size() - 1; i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        Instant a = sorted.get(i).occurredAt();
        Instant b = sorted.get(j).occurredAt();
        double weeks = Duration.between(a, b).toMillis() / 1000.0 / secondsPerWeek;
        if (weeks == 0) {
          continue; // two episodes logged at the same moment say nothing about change over time
        }
        slopes.add(
            (sorted.get(j).minutesUntilSettled() - sorted.get(i).minutesUntilSettled()) / weeks);
      }
    }
    return slopes.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Variance of Kendall's S with the correction for tied recovery times. */
  static double kendallVariance(List<Episode> episodes) {
    int n = episodes.size();
    Map<Double, Integer> ties = new HashMap<>();
    for (Episode episode : episodes) {
      ties.merge(episode.minutesUntilSettled(), 1, Integer::sum);
    }
    double correction = 0;
    for (int t : ties.values()) {
      correction += (double) t * (t - 1) * (2 * t + 5);
    }
    return ((double) n * (n - 1) * (2 * n + 5) - correction) / 18.0;
  }
}
