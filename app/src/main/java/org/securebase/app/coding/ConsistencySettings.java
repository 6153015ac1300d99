package org.securebase.app.coding;

import org.securebase.core.attachment.ConsistencyRules;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The consistency rules this deployment checks codings with: the core's {@link
 * ConsistencyRules#DEFAULTS}, or thresholds a lab sets under {@code
 * securebase.coding.consistency.*} (for example {@code secure-coherence-min=4.5}). Changed
 * thresholds get their own rule-set id ({@code aai-consistency-site}), so every warning says which
 * thresholds produced it.
 */
@Component
class ConsistencySettings {

  static final String PREFIX = "securebase.coding.consistency.";

  private final ConsistencyRules rules;

  ConsistencySettings(Environment env) {
    ConsistencyRules d = ConsistencyRules.DEFAULTS;
    double secureMin = value(env, "secure-coherence-min", d.secureCoherenceMin());
    double insecureMax = value(env, "insecure-coherence-max", d.insecureCoherenceMax());
    double absentAt = value(env, "unresolved-absent-at", d.unresolvedAbsentAt());
    double presentBelow = value(env, "unresolved-present-below", d.unresolvedPresentBelow());
    double leaningMin = value(env, "leaning-score-min", d.leaningScoreMin());
    double lowBelow = value(env, "low-coherence-below", d.lowCoherenceBelow());
    ConsistencyRules configured =
        new ConsistencyRules(
            d.id(),
            d.version(),
            secureMin,
            insecureMax,
            absentAt,
            presentBelow,
            leaningMin,
            lowBelow);
    this.rules =
        configured.equals(d)
            ? d
            : new ConsistencyRules(
                d.id() + "-site",
                d.version(),
                secureMin,
                insecureMax,
                absentAt,
                presentBelow,
                leaningMin,
                lowBelow);
  }

  ConsistencyRules rules() {
    return rules;
  }

  private static double value(Environment env, String name, double fallback) {
    return env.getProperty(PREFIX + name, Double.class, fallback);
  }
}
