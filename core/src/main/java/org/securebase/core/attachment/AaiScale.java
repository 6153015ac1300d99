package org.securebase.core.attachment;

import java.util.Arrays;
import java.util.List;

/**
 * The AAI rating scales. Every scale runs from 1 to 9 in half points. Inferred-experience scales
 * are rated per parent and may be "not scorable" when too few memories were given; some
 * state-of-mind scales are rated per parent; unresolved loss is rated once per loss and the highest
 * rating counts.
 *
 * <p>The labels are the product's own short names, not text from the scoring manual.
 */
public enum AaiScale {
  LOVING(ScaleGroup.INFERRED_EXPERIENCE, true, "Loving"),
  REJECTING(ScaleGroup.INFERRED_EXPERIENCE, true, "Rejecting"),
  ROLE_REVERSING(ScaleGroup.INFERRED_EXPERIENCE, true, "Involving / role-reversing"),
  PUSHING_TO_ACHIEVE(ScaleGroup.INFERRED_EXPERIENCE, true, "Pushing to achieve"),
  NEGLECTING(ScaleGroup.INFERRED_EXPERIENCE, true, "Neglecting"),
  IDEALIZATION(ScaleGroup.STATE_OF_MIND, true, "Idealization"),
  INVOLVING_ANGER(ScaleGroup.STATE_OF_MIND, true, "Involving (preoccupying) anger"),
  DEROGATION(ScaleGroup.STATE_OF_MIND, true, "Derogation"),
  DEROGATION_OF_ATTACHMENT(ScaleGroup.STATE_OF_MIND, false, "Derogation of attachment in general"),
  LACK_OF_RECALL(ScaleGroup.STATE_OF_MIND, false, "Insistence on lack of recall"),
  PASSIVITY(ScaleGroup.STATE_OF_MIND, false, "Passivity of discourse"),
  FEAR_OF_LOSS_OF_CHILD(ScaleGroup.STATE_OF_MIND, false, "Fear of loss of a child"),
  METACOGNITIVE_MONITORING(ScaleGroup.STATE_OF_MIND, false, "Metacognitive monitoring"),
  COHERENCE_OF_TRANSCRIPT(ScaleGroup.STATE_OF_MIND, false, "Coherence of transcript"),
  COHERENCE_OF_MIND(ScaleGroup.STATE_OF_MIND, false, "Coherence of mind"),
  UNRESOLVED_LOSS(ScaleGroup.UNRESOLVED, false, "Unresolved loss"),
  UNRESOLVED_TRAUMA(ScaleGroup.UNRESOLVED, false, "Unresolved trauma / abuse");

  /** Lowest score of every scale. */
  public static final double MIN = 1.0;

  /** Highest score of every scale. */
  public static final double MAX = 9.0;

  private final ScaleGroup group;
  private final boolean perParent;
  private final String label;

  AaiScale(ScaleGroup group, boolean perParent, String label) {
    this.group = group;
    this.perParent = perParent;
    this.label = label;
  }

  public ScaleGroup group() {
    return group;
  }

  /** True when the scale is rated separately for each parent or caregiver. */
  public boolean perParent() {
    return perParent;
  }

  /** True when "not scorable" is an allowed value: only the inferred-experience scales. */
  public boolean allowsNotScorable() {
    return group == ScaleGroup.INFERRED_EXPERIENCE;
  }

  /** True for unresolved loss, which holds one score per loss rather than a single score. */
  public boolean perLoss() {
    return this == UNRESOLVED_LOSS;
  }

  /** A short English label in the product's own words; the app may translate by {@link #name()}. */
  public String label() {
    return label;
  }

  /** The scales of one group, in form order. */
  public static List<AaiScale> inGroup(ScaleGroup group) {
    return Arrays.stream(values()).filter(s -> s.group == group).toList();
  }

  /** The negative inferred-experience scales used by the earned-security rule's second clause. */
  public static List<AaiScale> negativeExperience() {
    return List.of(REJECTING, NEGLECTING, ROLE_REVERSING, PUSHING_TO_ACHIEVE);
  }
}
