package org.securebase.app.coding;

import java.util.List;
import org.securebase.core.reliability.AgreementResult;
import org.securebase.core.reliability.ConfidenceInterval;
import org.securebase.core.reliability.ReliabilityBenchmark;

/**
 * The reliability report in plain JSON shapes: numbers, intervals with their method, benchmarks.
 */
final class ReliabilityJson {

  private ReliabilityJson() {}

  record Interval(double lower, double upper, double level, String method) {
    static Interval of(ConfidenceInterval ci) {
      return new Interval(ci.lower(), ci.upper(), ci.level(), ci.method());
    }
  }

  record Classification(
      String scheme,
      int n,
      List<String> categories,
      List<List<Integer>> crossTable,
      Double percentAgreement,
      Interval percentAgreementInterval,
      Double kappa,
      Interval kappaInterval,
      String method,
      String note) {}

  record Icc(
      String scale,
      String parent,
      String label,
      int n,
      String form,
      String formDescription,
      Double value,
      Interval interval,
      String note) {}

  record Pair(
      String coderA,
      String coderB,
      List<String> transcripts,
      List<Classification> classification,
      List<Icc> icc) {}

  record Benchmark(
      String id, String description, String source, double percentAgreement, Double kappa) {}

  record Report(
      String coder,
      String iccForm,
      String iccFormDescription,
      List<Pair> pairs,
      Pair overall,
      List<Benchmark> benchmarks) {}

  static Report of(CoderReliability.Report r) {
    return new Report(
        r.coder(),
        r.iccForm().psychType(),
        r.iccForm().description(),
        r.pairs().stream().map(ReliabilityJson::pair).toList(),
        r.overall() == null ? null : pair(r.overall()),
        r.benchmarks().stream().map(ReliabilityJson::benchmark).toList());
  }

  private static Benchmark benchmark(ReliabilityBenchmark b) {
    return new Benchmark(
        b.id(),
        b.description(),
        b.source(),
        b.percentAgreement(),
        b.kappa().isPresent() ? b.kappa().getAsDouble() : null);
  }

  private static Pair pair(CoderReliability.Pair p) {
    return new Pair(
        p.first(),
        p.second() == null ? "all pairs pooled" : p.second(),
        p.transcripts(),
        p.agreements().stream().map(ReliabilityJson::classification).toList(),
        p.iccs().stream()
            .map(
                i ->
                    new Icc(
                        i.item().scale().name(),
                        i.item().parent() == null ? null : i.item().parent().name(),
                        i.item().label(),
                        i.n(),
                        i.estimate() == null ? null : i.estimate().form().psychType(),
                        i.estimate() == null ? null : i.estimate().form().description(),
                        i.estimate() == null ? null : i.estimate().value(),
                        i.estimate() == null ? null : Interval.of(i.estimate().interval()),
                        i.note()))
            .toList());
  }

  private static Classification classification(CoderReliability.Agreement a) {
    AgreementResult r = a.result();
    if (r == null) {
      return new Classification(
          a.scheme().name(),
          a.n(),
          a.scheme().categories(),
          null,
          null,
          null,
          null,
          null,
          null,
          a.note());
    }
    return new Classification(
        a.scheme().name(),
        r.n(),
        r.categories(),
        r.crossTable(),
        r.percentAgreement(),
        Interval.of(r.percentAgreementInterval()),
        r.kappa().map(k -> k.estimate()).orElse(null),
        r.kappa().map(k -> Interval.of(k.interval())).orElse(null),
        r.method(),
        r.kappa().isPresent() ? null : "kappa undefined: chance agreement is 1");
  }
}
