package org.securebase.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard on sentences written after the in-sample corpus, the honest figures beside {@link
 * PhiCorpusTest}'s. Three sets (see the corpus README): {@code heldout} (set 1, 60 sentences) and
 * {@code heldout2} (set 2) were each measured before they were used to tune, so they are now
 * development sets; {@code heldout3} (set 3) was written with set 2 and never used to change a
 * rule, so only its misses are not printed (run with {@code -Dphi.details=true} to see them).
 * Printed per kind; the floor only catches a collapse.
 */
class PhiHeldOutTest {

  @ParameterizedTest
  @ValueSource(strings = {"heldout", "heldout2", "heldout3"})
  void printsRecallPerKindAndPrecisionOnTextItWasNotTunedOn(String set) throws IOException {
    PhiGuard guard = PhiGuard.standard(2026);
    boolean details = !set.equals("heldout3") || Boolean.getBoolean("phi.details");
    List<PhiCorpusTest.Labelled> all = new ArrayList<>(PhiCorpusTest.read(set + "-phi.txt"));
    all.addAll(PhiCorpusTest.read(set + "-safe.txt"));
    Map<String, int[]> perKind = new TreeMap<>();
    int findings = 0;
    int right = 0;
    for (PhiCorpusTest.Labelled l : all) {
      PhiReport r = guard.check(l.text());
      for (PhiCorpusTest.Gold g : l.gold()) {
        boolean hit =
            r.findings().stream()
                .anyMatch(f -> f.kind() == g.kind() && f.start() < g.end() && g.start() < f.end());
        int[] counts = perKind.computeIfAbsent(g.kind().code(), k -> new int[2]);
        counts[0] += hit ? 1 : 0;
        counts[1]++;
        if (!hit && details) {
          System.out.println("  " + set + " missed " + g.kind().code() + ": " + l.text());
        }
      }
      for (PhiFinding f : r.findings()) {
        findings++;
        boolean ok =
            l.gold().stream()
                .anyMatch(g -> g.kind() == f.kind() && f.start() < g.end() && g.start() < f.end());
        right += ok ? 1 : 0;
        if (!ok && details) {
          System.out.println("  " + set + " false alarm " + f.kind().code() + ": " + l.text());
        }
      }
    }
    int found = perKind.values().stream().mapToInt(c -> c[0]).sum();
    int gold = perKind.values().stream().mapToInt(c -> c[1]).sum();
    double recall = (double) found / gold;
    double precision = findings == 0 ? 1 : (double) right / findings;
    StringBuilder kinds = new StringBuilder();
    perKind.forEach((k, c) -> kinds.append(String.format(Locale.ROOT, " %s %d/%d", k, c[0], c[1])));
    System.out.printf(
        Locale.ROOT,
        "PHI guard %s: %d sentences, recall %d/%d = %.3f, precision %d/%d = %.3f;%s%n",
        set,
        all.size(),
        found,
        gold,
        recall,
        right,
        findings,
        precision,
        kinds);
    assertThat(recall).isGreaterThan(0.7);
    assertThat(precision).isGreaterThan(0.7);
  }
}
