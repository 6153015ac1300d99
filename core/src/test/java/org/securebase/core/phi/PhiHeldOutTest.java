package org.securebase.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The guard on sentences written after it was tuned, never used to change a rule: the honest figure
 * beside {@link PhiCorpusTest}'s in-sample one. Printed; the floor only catches a collapse.
 */
class PhiHeldOutTest {

  @Test
  void printsRecallAndPrecisionOnTextItWasNotTunedOn() throws IOException {
    PhiGuard guard = PhiGuard.standard(2026);
    List<PhiCorpusTest.Labelled> all = new ArrayList<>(PhiCorpusTest.read("heldout-phi.txt"));
    all.addAll(PhiCorpusTest.read("heldout-safe.txt"));
    int gold = 0;
    int found = 0;
    int findings = 0;
    int right = 0;
    for (PhiCorpusTest.Labelled l : all) {
      PhiReport r = guard.check(l.text());
      for (PhiCorpusTest.Gold g : l.gold()) {
        gold++;
        boolean hit =
            r.findings().stream()
                .anyMatch(f -> f.kind() == g.kind() && f.start() < g.end() && g.start() < f.end());
        found += hit ? 1 : 0;
        if (!hit) {
          System.out.println("  held-out missed " + g.kind().code() + ": " + l.text());
        }
      }
      for (PhiFinding f : r.findings()) {
        findings++;
        boolean ok =
            l.gold().stream()
                .anyMatch(g -> g.kind() == f.kind() && f.start() < g.end() && g.start() < f.end());
        right += ok ? 1 : 0;
        if (!ok) {
          System.out.println("  held-out false alarm " + f.kind().code() + ": " + l.text());
        }
      }
    }
    double recall = (double) found / gold;
    double precision = findings == 0 ? 1 : (double) right / findings;
    System.out.printf(
        Locale.ROOT,
        "PHI guard held-out: %d sentences, recall %d/%d = %.3f, precision %d/%d = %.3f%n",
        all.size(),
        found,
        gold,
        recall,
        right,
        findings,
        precision);
    assertThat(recall).isGreaterThan(0.7);
    assertThat(precision).isGreaterThan(0.7);
  }
}
