package org.securebase.core.plan;

import java.util.Locale;

/**
 * The seven SMART objective templates, restated from the clinical-work specification. Each names a
 * goal, an objective sentence with editable numbers and the mechanism of change it relies on.
 *
 * <p>In a wording, {@code {K}} is the target count and {@code {deadline}} the deadline ("within 12
 * sessions", "by 1 March 2027"); {@code {M}} (coherent narrative only) is the number of consecutive
 * sessions.
 */
public enum ObjectiveTemplate {
  COHERENT_NARRATIVE(
      "A coherent attachment narrative",
      "{deadline}, narrate {K} painful childhood episodes naming both the hurt and its context,"
          + " without flooding or dismissing, in {M} consecutive sessions",
      "coherence",
      4,
      10,
      2),
  THERAPIST_SECURE_BASE(
      "The therapist as a secure base",
      "{deadline}, name {K} moments in session of feeling understood and use the relationship to"
          + " settle distress",
      "corrective relationship",
      3,
      12,
      0),
  REFLECTIVE_CAPACITY(
      "Reflective capacity",
      "{deadline}, name the state of mind behind {K} confusing interactions each week",
      "reflective functioning",
      2,
      10,
      0),
  SAFE_CLOSENESS(
      "Tolerance of safe closeness",
      "{deadline}, stay present and regulated in {K} structured closeness exercises and report"
          + " the grounding used",
      "fear within closeness",
      4,
      12,
      0),
  ALTERNATIVE_SUPPORT(
      "Alternative support figures",
      "{deadline}, turn to one trusted person in {K} distressing episodes and review how it went",
      "alternative support figures",
      3,
      8,
      0),
  REDUCE_TRANSMISSION(
      "As a parent: less passing on of the old pattern",
      "{deadline}, work through one unresolved loss or trauma narrative with less dysregulation"
          + " and report {K} steadier caregiving moments",
      "coherence predicts the next generation",
      5,
      16,
      0),
  REVISE_SELF_PERCEPTIONS(
      "Revised self-perceptions",
      "{deadline}, reframe {K} self-critical attachment beliefs into accurate, compassionate"
          + " statements, logged weekly",
      "positive sense of self",
      5,
      10,
      0);

  private final String goal;
  private final String wording;
  private final String mechanism;
  private final int defaultTarget;
  private final int defaultSessions;
  private final int defaultConsecutive;

  ObjectiveTemplate(
      String goal,
      String wording,
      String mechanism,
      int defaultTarget,
      int defaultSessions,
      int defaultConsecutive) {
    this.goal = goal;
    this.wording = wording;
    this.mechanism = mechanism;
    this.defaultTarget = defaultTarget;
    this.defaultSessions = defaultSessions;
    this.defaultConsecutive = defaultConsecutive;
  }

  public String goal() {
    return goal;
  }

  public String mechanism() {
    return mechanism;
  }

  /** Suggested target count K; the clinician edits it. */
  public int defaultTarget() {
    return defaultTarget;
  }

  /** Suggested number of sessions until the deadline. */
  public int defaultSessions() {
    return defaultSessions;
  }

  /** Suggested M (consecutive sessions), or 0 where the template has none. */
  public int defaultConsecutive() {
    return defaultConsecutive;
  }

  /**
   * The wording with its numbers as letters, for choosing a template: "By the deadline, ... K ...".
   */
  public String pattern() {
    return "By the deadline, "
        + wording.replace("{deadline}, ", "").replace("{K}", "K").replace("{M}", "M")
        + ".";
  }

  /** True when the wording has an {@code {M}}. */
  public boolean usesConsecutive() {
    return wording.contains("{M}");
  }

  /** The objective in words with its numbers filled in. */
  public String objective(int target, Deadline deadline, Integer consecutive) {
    String text =
        wording
            .replace("{deadline}", deadline.describe())
            .replace("{K}", Integer.toString(target))
            .replace("{M}", consecutive == null ? "?" : Integer.toString(consecutive));
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".";
  }
}
