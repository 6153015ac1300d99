package org.securebase.core.attachment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The retrospective definition of earned security as a named, versioned, parameterized rule
 * (Pearson, Cohn, Cowan & Cowan 1994; Roisman, Padron, Sroufe & Egeland 2002), over the AAI scales
 * of the Main, Goldwyn & Hesse scoring system (2003):
 *
 * <pre>
 * secure      = organized classification is F  (or coherence of mind &gt;= COH_CUT when no
 *               classification exists)
 * adverse(p)  = loving(p) &lt;= LOVING_CUT (or &lt;, see {@link LovingComparison})
 *               or, if the negative clause is used,
 *               max(rejecting, neglecting, role-reversing, pushing)(p) &gt;= NEG_CUT
 * earned      = secure and (adverse(mother) or adverse(father))
 * continuous  = secure and not earned and both parents scorable
 * undetermined= secure and a needed experience scale is not scorable (or not rated)
 * </pre>
 *
 * <p>Adversity is shown by any one rated scale, so a mother shown adverse makes a secure speaker
 * earned even when the father's scales are not scorable; but "not adverse" needs every scale the
 * rule reads for both parents. An unrated scale counts like a not-scorable one. Secure is taken
 * from the organized classification only: U/F is secure for this rule, and the subclass (F3a, F3b)
 * plays no part. When there is neither a classification nor a coherence-of-mind score the result is
 * UNDETERMINED. Caregivers other than mother and father are ignored.
 *
 * <p>Every {@link EarnedSecurityResult} carries this rule, so the id and parameters are stored with
 * it. Immutable and thread-safe.
 */
public record EarnedSecurityRule(
    String id,
    String version,
    double cohCut,
    double lovingCut,
    LovingComparison lovingComparison,
    boolean negativeClause,
    double negCut) {

  /** Loving &lt;= 2, or negative experience &gt;= 5. */
  public static final EarnedSecurityRule LOVING_2_WITH_NEGATIVE =
      published("retro-loving-le2-neg5", 2, LovingComparison.AT_OR_BELOW, true);

  /** Loving &lt;= 2 only. */
  public static final EarnedSecurityRule LOVING_2_ONLY =
      published("retro-loving-le2", 2, LovingComparison.AT_OR_BELOW, false);

  /** Loving &lt;= 3, or negative experience &gt;= 5: the product default. */
  public static final EarnedSecurityRule LOVING_3_WITH_NEGATIVE =
      published("retro-loving-le3-neg5", 3, LovingComparison.AT_OR_BELOW, true);

  /** Loving &lt;= 3 only. */
  public static final EarnedSecurityRule LOVING_3_ONLY =
      published("retro-loving-le3", 3, LovingComparison.AT_OR_BELOW, false);

  /** Loving &lt; 5 (that is &lt;= 4.5), or negative experience &gt;= 5. */
  public static final EarnedSecurityRule LOVING_BELOW_5_WITH_NEGATIVE =
      published("retro-loving-lt5-neg5", 5, LovingComparison.BELOW, true);

  /** Loving &lt; 5 (that is &lt;= 4.5) only. */
  public static final EarnedSecurityRule LOVING_BELOW_5_ONLY =
      published("retro-loving-lt5", 5, LovingComparison.BELOW, false);

  /**
   * The team's default: COH_CUT 5, LOVING_CUT 3, NEG_CUT 5 (published variants use 2, 3 or < 5).
   */
  public static final EarnedSecurityRule DEFAULT = LOVING_3_WITH_NEGATIVE;

  /** The published variants, in the order a sensitivity table shows them. */
  public static final List<EarnedSecurityRule> PUBLISHED_VARIANTS =
      List.of(
          LOVING_2_WITH_NEGATIVE,
          LOVING_2_ONLY,
          LOVING_3_WITH_NEGATIVE,
          LOVING_3_ONLY,
          LOVING_BELOW_5_WITH_NEGATIVE,
          LOVING_BELOW_5_ONLY);

  /** The parents whose experience the rule reads. */
  public static final List<Parent> PARENTS = List.of(Parent.MOTHER, Parent.FATHER);

  public EarnedSecurityRule {
    if (id == null || id.isBlank()) {
      throw new InvalidEntryException("id", "a rule needs an id");
    }
    if (version == null || version.isBlank()) {
      throw new InvalidEntryException("version", "a rule needs a version");
    }
    if (lovingComparison == null) {
      throw new InvalidEntryException("lovingComparison", "choose <= or <");
    }
    requireOnScale("cohCut", cohCut);
    requireOnScale("lovingCut", lovingCut);
    requireOnScale("negCut", negCut);
  }

  private static EarnedSecurityRule published(
      String id, double lovingCut, LovingComparison comparison, boolean negative) {
    return new EarnedSecurityRule(id, "1", 5, lovingCut, comparison, negative, 5);
  }

  private static void requireOnScale(String field, double v) {
    if (!Double.isFinite(v) || v < AaiScale.MIN || v > AaiScale.MAX + 0.5) {
      throw new InvalidEntryException(field, "cut-off " + v + " is outside the 1-9 scale");
    }
  }

  /** The parameters by their names in the specification, for storage and for report footers. */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("COH_CUT", ScaleScore.format(cohCut));
    p.put("LOVING_CUT", ScaleScore.format(lovingCut));
    p.put("LOVING_COMPARISON", lovingComparison.symbol());
    p.put("NEGATIVE_CLAUSE", Boolean.toString(negativeClause));
    p.put("NEG_CUT", ScaleScore.format(negCut));
    return p;
  }

  /** One line in plain words, for a table header or footer. */
  public String description() {
    String s = "loving " + lovingComparison.symbol() + " " + ScaleScore.format(lovingCut);
    if (negativeClause) {
      s += " or rejecting, neglecting, role-reversing or pushing >= " + ScaleScore.format(negCut);
    }
    return s
        + " with mother or father; secure = F (coherence of mind >= "
        + ScaleScore.format(cohCut)
        + " if unclassified)";
  }

  /** Applies the rule to a coding (its classification if any, and its scores). */
  public EarnedSecurityResult evaluate(Coding coding) {
    return evaluate(coding.classification(), coding.scores());
  }

  /** Applies the rule to a classification (may be empty) and scale scores. */
  public EarnedSecurityResult evaluate(
      Optional<Classification> classification, ScaleScores scores) {
    List<String> reasons = new ArrayList<>();
    Boolean secure = secure(classification, scores, reasons);
    if (secure == null) {
      return new EarnedSecurityResult(
          EarnedStatus.UNDETERMINED, this, reasons, Set.of(), List.of());
    }
    if (!secure) {
      return new EarnedSecurityResult(EarnedStatus.NOT_SECURE, this, reasons, Set.of(), List.of());
    }
    Set<Parent> adverse = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    for (Parent parent : PARENTS) {
      if (isAdverse(parent, scores, reasons, missing)) {
        adverse.add(parent);
      }
    }
    EarnedStatus status;
    if (!adverse.isEmpty()) {
      status = EarnedStatus.EARNED;
    } else if (missing.isEmpty()) {
      status = EarnedStatus.CONTINUOUS;
    } else {
      status = EarnedStatus.UNDETERMINED;
      reasons.add(
          "no adverse experience shown, and continuity cannot be shown because "
              + String.join("; ", missing));
    }
    return new EarnedSecurityResult(status, this, reasons, adverse, missing);
  }

  private Boolean secure(
      Optional<Classification> classification, ScaleScores scores, List<String> reasons) {
    if (classification.isPresent()) {
      Classification c = classification.get();
      boolean f = c.isOrganizedSecure();
      reasons.add(
          "classification "
              + c.notation()
              + ": organized classification "
              + c.organized().code()
              + (f ? " counts as secure" : " is not secure")
              + (c.subclass() != null || !c.overlays().isEmpty()
                  ? " (subclass and overlays play no part in this rule)"
                  : ""));
      return f;
    }
    OptionalDouble coh = scores.value(AaiScale.COHERENCE_OF_MIND);
    if (coh.isEmpty()) {
      reasons.add("no classification and no coherence-of-mind score: security is unknown");
      return null;
    }
    boolean secure = coh.getAsDouble() >= cohCut;
    reasons.add(
        "no classification; coherence of mind "
            + ScaleScore.format(coh.getAsDouble())
            + (secure ? " >= " : " < ")
            + "COH_CUT "
            + ScaleScore.format(cohCut)
            + (secure ? " counts as secure" : " is not secure"));
    return secure;
  }

  private boolean isAdverse(
      Parent parent, ScaleScores scores, List<String> reasons, List<String> allMissing) {
    String who = parent.name().toLowerCase(java.util.Locale.ROOT);
    boolean adverse = false;
    List<String> missing = new ArrayList<>();
    Optional<ScaleScore> loving = scores.score(AaiScale.LOVING, parent);
    if (loving.isPresent() && loving.get().isScorable()) {
      double v = loving.get().value();
      if (lovingComparison.isAdverse(v, lovingCut)) {
        adverse = true;
        reasons.add(
            who
                + ": loving "
                + loving.get()
                + " "
                + lovingComparison.symbol()
                + " LOVING_CUT "
                + ScaleScore.format(lovingCut)
                + " (adverse)");
      }
    } else {
      missing.add(who + " loving " + (loving.isPresent() ? "not scorable" : "not rated"));
    }
    if (negativeClause) {
      for (AaiScale scale : AaiScale.negativeExperience()) {
        Optional<ScaleScore> s = scores.score(scale, parent);
        if (s.isPresent() && s.get().isScorable()) {
          if (s.get().value() >= negCut) {
            adverse = true;
            reasons.add(
                who
                    + ": "
                    + scale.label().toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + s.get()
                    + " >= NEG_CUT "
                    + ScaleScore.format(negCut)
                    + " (adverse)");
          }
        } else {
          missing.add(
              who
                  + " "
                  + scale.label().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + (s.isPresent() ? "not scorable" : "not rated"));
        }
      }
    }
    if (!adverse && missing.isEmpty()) {
      reasons.add(who + ": experience rated and not adverse");
    }
    allMissing.addAll(missing);
    return adverse;
  }
}
