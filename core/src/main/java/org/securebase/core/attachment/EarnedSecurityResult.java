package org.securebase.core.attachment;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The retrospective earned-security status of one coding, with the rule that produced it and the
 * reasons in plain words. Store {@link #ruleId()}, {@link #ruleVersion()} and {@link #parameters()}
 * with the status; a status without its rule is meaningless because the published variants identify
 * different people.
 *
 * @param status earned, continuous, undetermined or not secure
 * @param rule the rule and its parameters
 * @param reasons why, one short sentence per step
 * @param adverseParents parents whose experience the rule found adverse
 * @param unscorable the experience scales that were needed but not scorable or not rated
 */
public record EarnedSecurityResult(
    EarnedStatus status,
    EarnedSecurityRule rule,
    List<String> reasons,
    Set<Parent> adverseParents,
    List<String> unscorable) {

  public EarnedSecurityResult {
    reasons = List.copyOf(reasons);
    adverseParents = Collections.unmodifiableSet(new LinkedHashSet<>(adverseParents));
    unscorable = List.copyOf(unscorable);
  }

  public String ruleId() {
    return rule.id();
  }

  public String ruleVersion() {
    return rule.version();
  }

  public Map<String, String> parameters() {
    return rule.parameters();
  }
}
