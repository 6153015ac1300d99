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

  /**
   * Variance of Kendall's S with the corrections for tied timestamps and tied recovery times (Sen
   * 1968, equation 2.6).
   */
  static double kendallVariance(List<Episode> episodes) {
    int n = episodes.size();
    Map<Instant, Integer> tiedTimes = new HashMap<>();
    Map<Double, Integer> tiedMinutes = new HashMap<>();
    for (Episode episode : episodes) {
      tiedTimes.merge(episode.occurredAt(), 1, Integer::sum);
      tiedMinutes.merge(episode.minutesUntilSettled(), 1, Integer::sum);
    }
    return ((double) n * (n - 1) * (2 * n + 5)
            - tieCorrection(tiedTimes.values())
            - tieCorrection(tiedMinutes.values()))
        / 18.0;
  }

  private static double tieCorrection(java.util.Collection<Integer> groupSizes) {
    double correction = 0;
    for (int t : groupSizes) {
      correction += (double) t * (t - 1) * (2 * t + 5);
    }
    return correction;
  }
}
