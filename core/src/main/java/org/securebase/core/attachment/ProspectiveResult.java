package org.securebase.core.attachment;

import java.util.List;
import java.util.Map;

/**
 * The prospective earned-security status of one participant, with the rule that produced it. A
 * separate flag from {@link EarnedSecurityResult}.
 *
 * @param status the prospective status
 * @param rule the rule and its parameters
 * @param reasons why, in plain words
 * @param considered the infant classifications the rule looked at
 */
public record ProspectiveResult(
    ProspectiveStatus status,
    ProspectiveEarnedSecurity rule,
    List<String> reasons,
    List<InfantClassification> considered) {

  public ProspectiveResult {
    reasons = List.copyOf(reasons);
    considered = List.copyOf(considered);
  }

  public boolean isEarned() {
    return status == ProspectiveStatus.EARNED;
  }

  public String ruleId() {
    return rule.id();
  }

  public Map<String, String> parameters() {
    return rule.parameters();
  }
}
