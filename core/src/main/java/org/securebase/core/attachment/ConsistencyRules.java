package org.securebase.core.attachment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Approximate rules of thumb that check a coder's classification against the coder's own scale
 * scores, over the scales of Main, Goldwyn & Hesse (2003); written by the team, not published
 * cut-offs. The official system is holistic judgement, so these rules only produce {@link
 * ConsistencyWarning}s; they never change a coding. Each threshold is a named parameter and the
 * rule set has an id and version that every warning carries.
 *
 * <p>Rules, with the {@link #DEFAULTS} in brackets:
 *
 * <ul>
 *   <li>F entered with coherence of mind {@code < secureCoherenceMin} [5];
 *   <li>Ds or E entered with coherence of mind {@code >= insecureCoherenceMax} [7];
 *   <li>U absent while max(highest unresolved loss, unresolved trauma) {@code >=
 *       unresolvedAbsentAt} [5.5];
 *   <li>U entered while that maximum is {@code < unresolvedPresentBelow} [4.5];
 *   <li>dismissing-leaning: idealization, derogation (of a parent or of attachment) or lack of
 *       recall {@code >= leaningScoreMin} [5] with coherence of mind {@code < lowCoherenceBelow}
 *       [5], but the organized classification is not Ds;
 *   <li>preoccupied-leaning: involving anger or passivity {@code >= leaningScoreMin} with coherence
 *       of mind {@code < lowCoherenceBelow}, but the organized classification is not E.
 * </ul>
 *
 * Per-parent scales count with their highest rating over all parents. A rule whose scales were not
 * rated does not fire, and nothing fires without a classification. Immutable and thread-safe.
 */
public record ConsistencyRules(
    String id,
    String version,
    double secureCoherenceMin,
    double insecureCoherenceMax,
    double unresolvedAbsentAt,
    double unresolvedPresentBelow,
    double leaningScoreMin,
    double lowCoherenceBelow) {

  /** The team's default thresholds (approximate, not published cut-offs). */
  public static final ConsistencyRules DEFAULTS =
      new ConsistencyRules("aai-consistency", "1", 5, 7, 5.5, 4.5, 5, 5);

  public ConsistencyRules {
    if (id == null || id.isBlank()) {
      throw new InvalidEntryException("id", "a rule set needs an id");
    }
    if (version == null || version.isBlank()) {
      throw new InvalidEntryException("version", "a rule set needs a version");
    }
    requireOnScale("secureCoherenceMin", secureCoherenceMin);
    requireOnScale("insecureCoherenceMax", insecureCoherenceMax);
    requireOnScale("unresolvedAbsentAt", unresolvedAbsentAt);
    requireOnScale("unresolvedPresentBelow", unresolvedPresentBelow);
    requireOnScale("leaningScoreMin", leaningScoreMin);
    requireOnScale("lowCoherenceBelow", lowCoherenceBelow);
  }

  private static void requireOnScale(String field, double v) {
    if (!Double.isFinite(v) || v < AaiScale.MIN || v > AaiScale.MAX + 0.5) {
      throw new InvalidEntryException(field, "threshold " + v + " is outside the 1-9 scale");
    }
  }

  /** The parameters by name, in a fixed order, for storage and display. */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("secureCoherenceMin", fmt(secureCoherenceMin));
    p.put("insecureCoherenceMax", fmt(insecureCoherenceMax));
    p.put("unresolvedAbsentAt", fmt(unresolvedAbsentAt));
    p.put("unresolvedPresentBelow", fmt(unresolvedPresentBelow));
    p.put("leaningScoreMin", fmt(leaningScoreMin));
    p.put("lowCoherenceBelow", fmt(lowCoherenceBelow));
    return p;
  }

  /** Checks a coding. */
  public List<ConsistencyWarning> check(Coding coding) {
    return coding.classification().map(c -> check(c, coding.scores())).orElse(List.of());
  }

  /** Checks a classification against scale scores (for a form that is still being filled in). */
  public List<ConsistencyWarning> check(Classification classification, ScaleScores scores) {
    List<ConsistencyWarning> warnings = new ArrayList<>();
    OptionalDouble coherence = scores.value(AaiScale.COHERENCE_OF_MIND);
    OrganizedCategory organized = classification.organized();

    if (coherence.isPresent()) {
      double coh = coherence.getAsDouble();
      if (organized == OrganizedCategory.F && coh < secureCoherenceMin) {
        warnings.add(
            warn(
                ConsistencyCheck.SECURE_WITH_LOW_COHERENCE,
                "F is entered but coherence of mind is "
                    + fmt(coh)
                    + ", below "
                    + fmt(secureCoherenceMin)
                    + ". Secure transcripts usually rate higher; please check.",
                List.of(AaiScale.COHERENCE_OF_MIND)));
      }
      if (organized != OrganizedCategory.F && coh >= insecureCoherenceMax) {
        warnings.add(
            warn(
                ConsistencyCheck.INSECURE_WITH_HIGH_COHERENCE,
                organized.code()
                    + " is entered but coherence of mind is "
                    + fmt(coh)
                    + ", at or above "
                    + fmt(insecureCoherenceMax)
                    + ". Such high coherence is more typical of F; please check.",
                List.of(AaiScale.COHERENCE_OF_MIND)));
      }
    }

    OptionalDouble unresolved = scores.highestUnresolved();
    List<AaiScale> unresolvedScales = List.of(AaiScale.UNRESOLVED_LOSS, AaiScale.UNRESOLVED_TRAUMA);
    if (unresolved.isPresent()) {
      double u = unresolved.getAsDouble();
      if (!classification.isUnresolved() && u >= unresolvedAbsentAt) {
        warnings.add(
            warn(
                ConsistencyCheck.UNRESOLVED_NOT_ENTERED,
                "The highest unresolved score is "
                    + fmt(u)
                    + " (at or above "
                    + fmt(unresolvedAbsentAt)
                    + ") but U is not entered; please check.",
                unresolvedScales));
      }
      if (classification.isUnresolved() && u < unresolvedPresentBelow) {
        warnings.add(
            warn(
                ConsistencyCheck.UNRESOLVED_WITH_LOW_SCORES,
                "U is entered but the highest unresolved score is only "
                    + fmt(u)
                    + " (below "
                    + fmt(unresolvedPresentBelow)
                    + "); please check.",
                unresolvedScales));
      }
    }

    if (coherence.isPresent() && coherence.getAsDouble() < lowCoherenceBelow) {
      List<AaiScale> dismissing =
          high(
              scores,
              AaiScale.IDEALIZATION,
              AaiScale.DEROGATION,
              AaiScale.DEROGATION_OF_ATTACHMENT,
              AaiScale.LACK_OF_RECALL);
      if (!dismissing.isEmpty() && organized != OrganizedCategory.DS) {
        warnings.add(
            warn(
                ConsistencyCheck.DISMISSING_LEANING,
                leaningMessage("dismissing", dismissing, coherence.getAsDouble(), organized, "Ds"),
                withCoherence(dismissing)));
      }
      List<AaiScale> preoccupied = high(scores, AaiScale.INVOLVING_ANGER, AaiScale.PASSIVITY);
      if (!preoccupied.isEmpty() && organized != OrganizedCategory.E) {
        warnings.add(
            warn(
                ConsistencyCheck.PREOCCUPIED_LEANING,
                leaningMessage("preoccupied", preoccupied, coherence.getAsDouble(), organized, "E"),
                withCoherence(preoccupied)));
      }
    }
    return List.copyOf(warnings);
  }

  private String leaningMessage(
      String leaning, List<AaiScale> scales, double coh, OrganizedCategory organized, String code) {
    return "The scores lean "
        + leaning
        + " ("
        + String.join(
            ", ", scales.stream().map(s -> s.label().toLowerCase(java.util.Locale.ROOT)).toList())
        + " at "
        + fmt(leaningScoreMin)
        + " or above, coherence of mind "
        + fmt(coh)
        + ") but "
        + organized.code()
        + " is entered, not "
        + code
        + ". This is a rough rule of thumb; please check.";
  }

  private List<AaiScale> high(ScaleScores scores, AaiScale... scales) {
    List<AaiScale> high = new ArrayList<>();
    for (AaiScale s : scales) {
      OptionalDouble v = s.perParent() ? scores.highestOverParents(s) : scores.value(s);
      if (v.isPresent() && v.getAsDouble() >= leaningScoreMin) {
        high.add(s);
      }
    }
    return high;
  }

  private static List<AaiScale> withCoherence(List<AaiScale> scales) {
    List<AaiScale> all = new ArrayList<>(scales);
    all.add(AaiScale.COHERENCE_OF_MIND);
    return all;
  }

  private ConsistencyWarning warn(ConsistencyCheck check, String message, List<AaiScale> scales) {
    return new ConsistencyWarning(check, message, scales, id, version);
  }

  private static String fmt(double v) {
    return ScaleScore.format(v);
  }
}
