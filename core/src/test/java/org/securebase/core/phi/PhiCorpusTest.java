package org.securebase.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall per kind and overall precision of the guard on the labelled synthetic corpus in {@code
 * src/test/resources/org/securebase/core/phi/} (see its README). A marked identifier counts as
 * recalled when a finding of the same kind overlaps it; a finding counts as correct when it
 * overlaps a marked identifier of its kind. The figures are printed; the README quotes them.
 */
class PhiCorpusTest {

  static final double MIN_RECALL = 0.98;
  private static final Pattern MARK = Pattern.compile("\\[\\[([a-z_]+):(.+?)]]");
  private static final String ANECDOTE = "{anecdote} ";

  record Gold(PhiKind kind, int start, int end) {}

  record Labelled(String text, List<Gold> gold) {}

  static PhiGuard guard;

  @BeforeAll
  static void load() {
    guard = PhiGuard.standard(2026);
  }

  @Test
  void recallsEveryKindAndKeepsPrecision() throws IOException {
    List<Labelled> corpus = new ArrayList<>(read("corpus-phi.txt"));
    corpus.addAll(read("corpus-safe.txt"));
    Map<PhiKind, int[]> recall = new EnumMap<>(PhiKind.class);
    int findings = 0;
    int correct = 0;
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    for (Labelled l : corpus) {
      PhiReport report = guard.check(l.text());
      for (Gold g : l.gold()) {
        int[] counts = recall.computeIfAbsent(g.kind(), k -> new int[2]);
        counts[1]++;
        boolean hit =
            report.findings().stream()
                .anyMatch(f -> f.kind() == g.kind() && f.start() < g.end() && g.start() < f.end());
        if (hit) {
          counts[0]++;
        } else {
          misses.add(g.kind().code() + ": " + l.text());
        }
      }
      for (PhiFinding f : report.findings()) {
        findings++;
        boolean right =
            l.gold().stream()
                .anyMatch(g -> g.kind() == f.kind() && f.start() < g.end() && g.start() < f.end());
        if (right) {
          correct++;
        } else {
          falseAlarms.add(
              f.kind().code() + " '" + l.text().substring(f.start(), f.end()) + "': " + l.text());
        }
      }
    }
    double precision = findings == 0 ? 1 : (double) correct / findings;
    System.out.printf(
        Locale.ROOT, "PHI guard %s on %d sentences%n", PhiGuard.VERSION, corpus.size());
    recall.forEach(
        (k, c) ->
            System.out.printf(
                Locale.ROOT,
                "  recall %-17s %3d/%3d = %.3f%n",
                k.code(),
                c[0],
                c[1],
                (double) c[0] / c[1]));
    System.out.printf(
        Locale.ROOT, "  precision (all findings)  %d/%d = %.3f%n", correct, findings, precision);
    misses.forEach(m -> System.out.println("  missed " + m));
    falseAlarms.forEach(m -> System.out.println("  false alarm " + m));
    assertThat(recall).containsOnlyKeys(PhiKind.values());
    recall.forEach(
        (k, c) ->
            assertThat((double) c[0] / c[1])
                .as("recall of " + k.code())
                .isGreaterThanOrEqualTo(MIN_RECALL));
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void corpusHasEnoughSentencesOfEachSide() throws IOException {
    List<Labelled> phi = read("corpus-phi.txt");
    List<Labelled> safe = read("corpus-safe.txt");
    assertThat(phi).hasSizeGreaterThanOrEqualTo(300).allMatch(l -> !l.gold().isEmpty());
    assertThat(safe).hasSizeGreaterThanOrEqualTo(phi.size()).allMatch(l -> l.gold().isEmpty());
    assertThat(
            phi.stream()
                .filter(
                    l -> l.gold().stream().anyMatch(g -> g.kind() == PhiKind.CLINICAL_ANECDOTE)))
        .hasSizeGreaterThanOrEqualTo(50);
  }

  static List<Labelled> read(String file) throws IOException {
    List<Labelled> out = new ArrayList<>();
    try (InputStream in = PhiCorpusTest.class.getResourceAsStream(file)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(parse(line.strip()));
      }
    }
    return out;
  }

  static Labelled parse(String line) {
    boolean anecdote = line.startsWith(ANECDOTE);
    String marked = anecdote ? line.substring(ANECDOTE.length()) : line;
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int at = 0;
    while (m.find()) {
      text.append(marked, at, m.start());
      int start = text.length();
      text.append(m.group(2));
      gold.add(new Gold(kindOf(m.group(1)), start, text.length()));
      at = m.end();
    }
    text.append(marked.substring(at));
    if (anecdote) {
      gold.add(new Gold(PhiKind.CLINICAL_ANECDOTE, 0, text.length()));
    }
    return new Labelled(text.toString(), gold);
  }

  static PhiKind kindOf(String code) {
    for (PhiKind k : PhiKind.values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown kind " + code);
  }
}
