package org.securebase.app.coding;

import java.util.LinkedHashMap;
import java.util.Map;
import org.securebase.core.attachment.EarnedSecurityResult;

/**
 * The earned/continuous status of a final coding as stored, with the rule id, version and
 * parameters that produced it (never derived from a subclass letter).
 *
 * @param parameters the rule's parameters as {@code NAME=value} pairs in the rule's order
 */
public record StoredEarned(String status, String ruleId, String ruleVersion, String parameters) {

  static StoredEarned of(EarnedSecurityResult r) {
    return new StoredEarned(r.status().name(), r.ruleId(), r.ruleVersion(), format(r.parameters()));
  }

  static String format(Map<String, String> parameters) {
    StringBuilder b = new StringBuilder();
    parameters.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v));
    return b.toString();
  }

  /** The message key that names the status on a page. */
  public String statusKey() {
    return "coding.earned-status." + status;
  }

  /** The parameters as a map, for JSON. */
  public Map<String, String> parameterMap() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String pair : parameters.split(", ")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        m.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return m;
  }
}
