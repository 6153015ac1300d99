package org.securebase.app.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.attachment.ClassificationScheme;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.Parent;
import org.securebase.core.reliability.AgreementResult;
import org.securebase.core.reliability.CategoricalAgreement;
import org.securebase.core.reliability.IccEstimate;
import org.securebase.core.reliability.IccForm;
import org.securebase.core.reliability.IntraclassCorrelation;
import org.securebase.core.reliability.ReliabilityBenchmark;
import org.securebase.core.reliability.ReliabilityInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement between coders who coded the same transcripts, computed by the core ({@link
 * CategoricalAgreement}, {@link IntraclassCorrelation}). A coder sees the pairs they are part of:
 * for each other coder, the transcripts both of them have coded to a final version (the newest
 * version of each, never a draft and never the consensus), and all their pairs pooled as "overall".
 * Pairs and overall compare the 2-, 3- and 4-way classification and each scale by {@link
 * IccForm#ICC2} (two-way random, absolute agreement, single rater) by default.
 */
@Component
public class CoderReliability {

  private final Interviews interviews;
  private final CodingRepository codings;
  private final AuditLog audit;

  CoderReliability(Interviews interviews, CodingRepository codings, AuditLog audit) {
    this.interviews = interviews;
    this.codings = codings;
    this.audit = audit;
  }

  /** A scale as compared: a single scale, or a per-parent scale for one parent. */
  public record ScaleItem(AaiScale scale, Parent parent) {
    public String label() {
      return scale.label() + (parent == null ? "" : " (" + parent.name().toLowerCase() + ")");
    }

    OptionalDouble value(Coding c) {
      if (parent != null) {
        return c.scores().score(scale, parent).stream()
            .filter(s -> s.isScorable())
            .mapToDouble(s -> s.value())
            .findFirst();
      }
      return c.scores().value(scale);
    }

    static List<ScaleItem> all() {
      List<ScaleItem> items = new ArrayList<>();
      for (AaiScale s : AaiScale.values()) {
        if (s.perParent()) {
          items.add(new ScaleItem(s, Parent.MOTHER));
          items.add(new ScaleItem(s, Parent.FATHER));
        } else {
          items.add(new ScaleItem(s, null));
        }
      }
      return items;
    }
  }

  /** Classification agreement under one scheme, or why there is none. */
  public record Agreement(
      ClassificationScheme scheme, int n, AgreementResult result, String note) {}

  /** One scale's ICC over the transcripts where both coders gave a numeric score. */
  public record ScaleIcc(ScaleItem item, int n, IccEstimate estimate, String note) {}

  /** Two coders' comparison (or all pairs pooled, with {@code second} null). */
  public record Pair(
      String first,
      String second,
      List<String> transcripts,
      List<Agreement> agreements,
      List<ScaleIcc> iccs) {}

  public record Report(
      String coder,
      List<Pair> pairs,
      Pair overall,
      IccForm iccForm,
      List<ReliabilityBenchmark> benchmarks) {}

  private record Paired(String transcript, Coding first, Coding second) {}

  @Transactional
  public Report report(SignedInUser coder, IccForm form) {
    IccForm iccForm = form == null ? IccForm.DEFAULT : form;
    audit.record("REPORT", "reliability", "coder:" + coder.id());
    Map<String, List<Paired>> byPartner = new LinkedHashMap<>();
    List<Paired> pooled = new ArrayList<>();
    for (InterviewTranscript t : interviews.assignedTo(coder)) {
      List<StoredCoding> finals =
          codings.currentIndividuals(t.id()).stream().filter(StoredCoding::isFinal).toList();
      StoredCoding mine =
          finals.stream().filter(c -> c.coderId().equals(coder.id())).findFirst().orElse(null);
      if (mine == null) {
        continue;
      }
      for (StoredCoding other : finals) {
        if (other.coderId().equals(coder.id())) {
          continue;
        }
        Paired p = new Paired(t.label(), mine.coding(), other.coding());
        byPartner.computeIfAbsent(other.coderUsername(), k -> new ArrayList<>()).add(p);
        pooled.add(p);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    byPartner.forEach(
        (partner, items) -> pairs.add(pair(coder.username(), partner, items, iccForm)));
    Pair overall = pooled.isEmpty() ? null : pair(coder.username(), null, pooled, iccForm);
    return new Report(
        coder.username(), pairs, overall, iccForm, ReliabilityBenchmark.AAI_CLASSIFICATION);
  }

  private static Pair pair(String first, String second, List<Paired> items, IccForm form) {
    List<Agreement> agreements = new ArrayList<>();
    for (ClassificationScheme scheme : ClassificationScheme.values()) {
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      for (Paired p : items) {
        if (p.first().classification().isPresent() && p.second().classification().isPresent()) {
          a.add(scheme.categoryOf(p.first().classification().get()));
          b.add(scheme.categoryOf(p.second().classification().get()));
        }
      }
      if (a.isEmpty()) {
        agreements.add(new Agreement(scheme, 0, null, "no transcript classified by both"));
        continue;
      }
      try {
        agreements.add(
            new Agreement(
                scheme,
                a.size(),
                CategoricalAgreement.of(
                    a, b, scheme.categories(), CategoricalAgreement.DEFAULT_CONFIDENCE_LEVEL),
                null));
      } catch (ReliabilityInputException e) {
        agreements.add(new Agreement(scheme, a.size(), null, e.getMessage()));
      }
    }
    List<ScaleIcc> iccs = new ArrayList<>();
    for (ScaleItem item : ScaleItem.all()) {
      List<double[]> rows = new ArrayList<>();
      for (Paired p : items) {
        OptionalDouble x = item.value(p.first());
        OptionalDouble y = item.value(p.second());
        if (x.isPresent() && y.isPresent()) {
          rows.add(new double[] {x.getAsDouble(), y.getAsDouble()});
        }
      }
      if (rows.size() < 2) {
        iccs.add(
            new ScaleIcc(
                item, rows.size(), null, "needs at least 2 transcripts scored by both coders"));
        continue;
      }
      try {
        IccEstimate e = IntraclassCorrelation.of(rows.toArray(new double[0][])).get(form);
        iccs.add(new ScaleIcc(item, rows.size(), e, null));
      } catch (ReliabilityInputException e) {
        iccs.add(new ScaleIcc(item, rows.size(), null, e.getMessage()));
      }
    }
    return new Pair(
        first, second, items.stream().map(Paired::transcript).toList(), agreements, iccs);
  }

  /** The report as CSV: one row per figure, with its method and the benchmarks beside it. */
  public static String csv(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(
        "coder_a,coder_b,measure,n,statistic,estimate,ci_lower,ci_upper,method,"
            + "benchmark_test_retest_agreement,benchmark_test_retest_kappa,training_criterion_agreement,note\n");
    List<Pair> all = new ArrayList<>(report.pairs());
    if (report.overall() != null) {
      all.add(report.overall());
    }
    for (Pair p : all) {
      String b = p.second() == null ? "all pairs pooled" : p.second();
      for (Agreement a : p.agreements()) {
        String measure = a.scheme().name().toLowerCase().replace('_', '-') + " classification";
        if (a.result() == null) {
          row(out, p.first(), b, measure, a.n(), "", null, null, null, "", a.note());
          continue;
        }
        AgreementResult r = a.result();
        row(
            out,
            p.first(),
            b,
            measure,
            r.n(),
            "percent agreement",
            r.percentAgreement(),
            r.percentAgreementInterval().lower(),
            r.percentAgreementInterval().upper(),
            r.percentAgreementInterval().method(),
            "");
        if (r.kappa().isPresent()) {
          var k = r.kappa().get();
          row(
              out,
              p.first(),
              b,
              measure,
              r.n(),
              "Cohen's kappa",
              k.estimate(),
              k.interval().lower(),
              k.interval().upper(),
              k.interval().method(),
              "");
        } else {
          row(
              out,
              p.first(),
              b,
              measure,
              r.n(),
              "Cohen's kappa",
              null,
              null,
              null,
              "",
              "undefined: chance agreement is 1");
        }
      }
      for (ScaleIcc s : p.iccs()) {
        if (s.estimate() == null) {
          row(
              out,
              p.first(),
              b,
              s.item().label(),
              s.n(),
              report.iccForm().psychType(),
              null,
              null,
              null,
              "",
              s.note());
        } else {
          row(
              out,
              p.first(),
              b,
              s.item().label(),
              s.n(),
              s.estimate().form().psychType(),
              s.estimate().value(),
              s.estimate().interval().lower(),
              s.estimate().interval().upper(),
              s.estimate().form().description(),
              "");
        }
      }
    }
    return out.toString();
  }

  private static void row(
      StringBuilder out,
      String a,
      String b,
      String measure,
      int n,
      String statistic,
      Double estimate,
      Double lower,
      Double upper,
      String method,
      String note) {
    out.append(cell(a)).append(',').append(cell(b)).append(',').append(cell(measure)).append(',');
    out.append(n).append(',').append(cell(statistic)).append(',');
    out.append(num(estimate)).append(',').append(num(lower)).append(',').append(num(upper));
    out.append(',').append(cell(method)).append(",0.78,0.63,0.80,").append(cell(note)).append('\n');
  }

  private static String num(Double d) {
    return d == null || d.isNaN() ? "" : String.format(java.util.Locale.ROOT, "%.6f", d);
  }

  /** Quotes a CSV cell, and defuses a leading formula character for spreadsheet programs. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    String v = org.securebase.app.kernel.SpreadsheetCells.neutralized(s);
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
