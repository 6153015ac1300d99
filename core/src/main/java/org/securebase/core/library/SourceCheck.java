package org.securebase.core.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The source checks every article version passes before readers see it, and the counts shown with
 * it, computed from the sentences and never typed: every sentence marked with a source or as
 * editorial; every cited source listed and every listed source cited; no unspecific source (an
 * agency and a year, "NIH (2025)", names no work); markers unambiguous (one number, one source);
 * and a warning when a sentence claims efficacy and only tier-3 explainers back it (tiers as in the
 * evidence library: 1 peer-reviewed, 2 a chapter by an instrument's authors, 3 an explainer). Pure
 * functions over immutable records; thread-safe.
 */
public final class SourceCheck {

  private SourceCheck() {}

  /** A sentence as the check sees it. */
  public record Line(String sentenceId, String text, List<Integer> sources, boolean editorial) {
    public Line {
      sources = List.copyOf(sources);
    }
  }

  /** A listed source. */
  public record Listed(int number, int tier, String citation) {}

  /** What is wrong, with the sentence or source it concerns. */
  public enum Problem {
    UNMARKED,
    CITED_NOT_LISTED,
    LISTED_NOT_CITED,
    UNSPECIFIC_SOURCE,
    AMBIGUOUS_MARKER,
    EFFICACY_ONLY_TIER_3
  }

  /**
   * One finding.
   *
   * @param problem what
   * @param sentenceId the sentence, or null for a source
   * @param source the source number, or 0 for a sentence
   * @param blocking false for a warning that does not stop publication
   */
  public record Finding(Problem problem, String sentenceId, int source, boolean blocking) {}

  /**
   * The counts readers see.
   *
   * @param sentences sentences in the version
   * @param sourced sentences with at least one source
   * @param editorial sentences marked editorial
   * @param sources distinct sources cited
   * @param tiers cited sources per tier (1, 2, 3)
   */
  public record Counts(
      int sentences, int sourced, int editorial, int sources, Map<Integer, Integer> tiers) {
    public Counts {
      tiers = Map.copyOf(tiers);
    }

    /** Share of sentences that are editorial, 0 to 1. */
    public double editorialShare() {
      return sentences == 0 ? 0 : (double) editorial / sentences;
    }
  }

  /** The result of the check. */
  public record Result(List<Finding> findings, Counts counts) {
    public Result {
      findings = List.copyOf(findings);
    }

    public boolean passes() {
      return findings.stream().noneMatch(Finding::blocking);
    }

    public List<Finding> warnings() {
      return findings.stream().filter(f -> !f.blocking()).toList();
    }
  }

  /** A citation that names only an organisation and a year names no work. */
  private static final Pattern UNSPECIFIC =
      Pattern.compile("^\\s*[\\p{L}&.' -]{1,60}\\(\\d{4}[a-z]?\\)\\.?\\s*$");

  /** Words that claim a treatment or practice works. */
  private static final Pattern EFFICACY =
      Pattern.compile(
          "\\b(?:effective|efficacy|efficacious|works|improves?|improved|reduces?|reduced"
              + "|cures?|proven|leads to|results in|outperforms?|evidence-based|helps)\\b");

  public static Result check(List<Line> lines, Collection<Listed> listed) {
    List<Finding> findings = new ArrayList<>();
    Map<Integer, Listed> byNumber = new HashMap<>();
    for (Listed l : listed) {
      if (byNumber.put(l.number(), l) != null) {
        findings.add(new Finding(Problem.AMBIGUOUS_MARKER, null, l.number(), true));
      }
      if (UNSPECIFIC.matcher(l.citation()).matches() || l.citation().strip().length() < 20) {
        findings.add(new Finding(Problem.UNSPECIFIC_SOURCE, null, l.number(), true));
      }
    }
    Set<Integer> cited = new TreeSet<>();
    int sourced = 0;
    int editorial = 0;
    for (Line line : lines) {
      if (line.sources().isEmpty() && !line.editorial()) {
        findings.add(new Finding(Problem.UNMARKED, line.sentenceId(), 0, true));
      }
      if (new TreeSet<>(line.sources()).size() != line.sources().size()) {
        findings.add(new Finding(Problem.AMBIGUOUS_MARKER, line.sentenceId(), 0, true));
      }
      sourced += line.sources().isEmpty() ? 0 : 1;
      editorial += line.editorial() ? 1 : 0;
      for (int n : line.sources()) {
        cited.add(n);
        if (!byNumber.containsKey(n)) {
          findings.add(new Finding(Problem.CITED_NOT_LISTED, line.sentenceId(), n, true));
        }
      }
      if (!line.sources().isEmpty()
          && EFFICACY.matcher(line.text().toLowerCase(Locale.ROOT)).find()
          && line.sources().stream()
              .allMatch(n -> byNumber.containsKey(n) && byNumber.get(n).tier() == 3)) {
        findings.add(new Finding(Problem.EFFICACY_ONLY_TIER_3, line.sentenceId(), 0, false));
      }
    }
    for (int n : byNumber.keySet()) {
      if (!cited.contains(n)) {
        findings.add(new Finding(Problem.LISTED_NOT_CITED, null, n, true));
      }
    }
    Map<Integer, Integer> tiers = new TreeMap<>(Map.of(1, 0, 2, 0, 3, 0));
    for (int n : cited) {
      Listed l = byNumber.get(n);
      if (l != null) {
        tiers.merge(l.tier(), 1, Integer::sum);
      }
    }
    return new Result(findings, new Counts(lines.size(), sourced, editorial, cited.size(), tiers));
  }
}
