package org.securebase.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outcomes of one request kind in a stepped open-model run, grouped by level (the arrival rate
 * in force when the request was sent), and the highest rate it held.
 */
final class CapacityLevels {

  private final String name;
  private final double start;
  private final double step;
  private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
  private final Map<Integer, ConcurrentLinkedQueue<long[]>> byLevel = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<long[]> all = new ConcurrentLinkedQueue<>();

  CapacityLevels(String name, double start, double step) {
    this.name = name;
    this.start = start;
    this.step = step;
  }

  String name() {
    return name;
  }

  double start() {
    return start;
  }

  double step() {
    return step;
  }

  /** A request sent at {@code sentAtNanos}, answered in {@code ms} (-1: no answer), ok or not. */
  void record(long sentAtNanos, int ms, boolean ok) {
    firstSent.accumulateAndGet(sentAtNanos, Math::min);
    all.add(new long[] {sentAtNanos, ms, ok ? 1 : 0});
  }

  private void group(int levelSeconds) {
    byLevel.clear();
    long zero = firstSent.get();
    for (long[] r : all) {
      int level = (int) ((r[0] - zero) / 1_000_000_000L / levelSeconds);
      byLevel.computeIfAbsent(level, k -> new ConcurrentLinkedQueue<>()).add(r);
    }
  }

  /** One line per level: target rate, achieved rate, p95, errors, held or not. */
  List<String> report(int levelSeconds, int aimMs) {
    group(levelSeconds);
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(name + ":");
    lines.add("| target req/s | sent | achieved req/s | p50 ms | p95 ms | errors | held |");
    lines.add("|---:|---:|---:|---:|---:|---:|---|");
    for (var e : new java.util.TreeMap<>(byLevel).entrySet()) {
      Level l = level(e.getKey(), e.getValue(), levelSeconds);
      lines.add(
          String.format(
              Locale.ROOT,
              "| %.0f | %d | %.1f | %d | %d | %d | %s |",
              l.target,
              l.sent,
              l.achieved,
              l.p50,
              l.p95,
              l.errors,
              l.held(aimMs) ? "yes" : "no"));
    }
    lines.add(String.format(Locale.ROOT, "%s holds %.1f req/s", name, held(levelSeconds, aimMs)));
    return lines;
  }

  private record Level(double target, int sent, double achieved, long p50, long p95, int errors) {
    boolean held(int aimMs) {
      return errors == 0 && p95 <= aimMs && sent > 0;
    }
  }

  private Level level(int index, ConcurrentLinkedQueue<long[]> rows, int levelSeconds) {
    long[] times = rows.stream().filter(r -> r[1] >= 0).mapToLong(r -> r[1]).sorted().toArray();
    int errors = (int) rows.stream().filter(r -> r[2] == 0).count();
    return new Level(
        start + step * index,
        rows.size(),
        rows.size() / (double) levelSeconds,
        percentile(times, 50),
        percentile(times, 95),
        errors);
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Long.MAX_VALUE;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  /** The achieved rate of the highest level held, counting up from the first until one fails. */
  double held(int levelSeconds, int aimMs) {
    group(levelSeconds);
    double held = 0;
    for (var e : new java.util.TreeMap<>(byLevel).entrySet()) {
      Level l = level(e.getKey(), e.getValue(), levelSeconds);
      if (!l.held(aimMs)) {
        break;
      }
      held = l.achieved;
    }
    return held;
  }

  /** The two aims; each line starts with "AIM MET" or "AIM MISSED". */
  static List<String> aims(
      CapacityLevels caseload,
      CapacityLevels chart,
      CapacityLevels stylesheet,
      int levelSeconds,
      int aimMs) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    double css = stylesheet.held(levelSeconds, aimMs);
    for (CapacityLevels page : List.of(caseload, chart)) {
      double held = page.held(levelSeconds, aimMs);
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: %s holds %.1f req/s, %.0f%% of the static file's %.1f (aim: at least 30%%)",
              held >= 0.3 * css && css > 0 ? "AIM MET" : "AIM MISSED",
              page.name,
              held,
              css > 0 ? 100 * held / css : 0,
              css));
    }
    String oneServer = System.getProperty("oneServerFile");
    if (oneServer != null) {
      lines.addAll(againstOneServer(Path.of(oneServer), caseload, chart, levelSeconds, aimMs));
    }
    return lines;
  }

  private static List<String> againstOneServer(
      Path file, CapacityLevels caseload, CapacityLevels chart, int levelSeconds, int aimMs) {
    List<String> lines = new ArrayList<>();
    List<String> earlier;
    try {
      earlier = Files.readAllLines(file);
    } catch (IOException e) {
      lines.add("AIM MISSED: no one-server capacity file at " + file);
      return lines;
    }
    for (CapacityLevels page : List.of(caseload, chart)) {
      double before =
          earlier.stream()
              .filter(l -> l.startsWith(page.name + " holds "))
              .map(l -> Arrays.asList(l.split(" ")))
              .mapToDouble(w -> Double.parseDouble(w.get(w.size() - 2)))
              .findFirst()
              .orElse(0);
      double now = page.held(levelSeconds, aimMs);
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: %s holds %.1f req/s on these servers, %.2fx the %.1f of one server (aim: 1.6x)",
              before > 0 && now >= 1.6 * before ? "AIM MET" : "AIM MISSED",
              page.name,
              now,
              before > 0 ? now / before : 0,
              before));
    }
    return lines;
  }
}
