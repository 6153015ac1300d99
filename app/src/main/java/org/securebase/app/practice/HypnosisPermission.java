package org.securebase.app.practice;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.securebase.core.practice.HypnosisContraindication;

/**
 * The clinician's current decision on hypnosis-style practice for a client: enabled only when the
 * checklist found none of the contraindications present.
 */
public record HypnosisPermission(
    boolean enabled,
    Set<HypnosisContraindication> present,
    UUID decidedBy,
    OffsetDateTime decidedAt) {

  /** True when the contraindication named {@code name} was ticked as present. */
  public boolean isPresent(String name) {
    return present.stream().anyMatch(c -> c.name().equals(name));
  }

  static final HypnosisPermission NEVER_DECIDED =
      new HypnosisPermission(false, Set.of(), null, null);
}
