package org.securebase.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the trend against values computed once with SciPy's {@code theilslopes} (script and values
 * in {@code src/test/resources/progress/}).
 */
class SenReferenceTest {

  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  record Dataset(String name, List<Episode> episodes, double[] expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> datasets() throws IOException {
    Map<String, List<Episode>> episodes = new LinkedHashMap<>();
    Map<String, double[]> expected = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                SenReferenceTest.class.getResourceAsStream("/progress/sen-reference.csv"),
                StandardCharsets.UTF_8))) {
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(",", -1);
        if (f[1].equals("episode")) {
          episodes
              .computeIfAbsent(f[0], k -> new ArrayList<>())
              .add(new Episode(START.plusSeconds(Long.parseLong(f[2])), Double.parseDouble(f[3])));
        } else {
          expected.put(
              f[0],
              new double[] {
                Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])
              });
        }
      }
    }
    assertThat(expected).hasSize(4);
    return expected.keySet().stream()
        .map(name -> Arguments.of(new Dataset(name, episodes.get(name), expected.get(name))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void matchesScipyTheilSlopes(Dataset dataset) {
    RecoveryTrend trend = RecoveryTrend.of(dataset.episodes());
    assertThat(trend).isInstanceOf(RecoveryTrend.Estimate.class);
    RecoveryTrend.Estimate estimate = (RecoveryTrend.Estimate) trend;
    assertThat(estimate.minutesPerWeek()).isCloseTo(dataset.expected()[0], within(1e-9));
    assertThat(estimate.lowerMinutesPerWeek()).isCloseTo(dataset.expected()[1], within(1e-9));
    assertThat(estimate.upperMinutesPerWeek()).isCloseTo(dataset.expected()[2], within(1e-9));
  }
}
