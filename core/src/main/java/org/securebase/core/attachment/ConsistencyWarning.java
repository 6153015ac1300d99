package org.securebase.core.attachment;

import java.util.List;

/**
 * A note for the coder that the classification and the scale scores do not sit well together under
 * an approximate rule of thumb. It informs only; it never changes the coding.
 *
 * @param check which rule fired; {@link #id()} is its stable identifier
 * @param message plain words for the coder, with the numbers that triggered the rule
 * @param scales the scales the rule looked at, for highlighting on the form
 * @param rulesId id of the rule set that produced it
 * @param rulesVersion version of that rule set
 */
public record ConsistencyWarning(
    ConsistencyCheck check,
    String message,
    List<AaiScale> scales,
    String rulesId,
    String rulesVersion) {

  public ConsistencyWarning {
    scales = List.copyOf(scales);
  }

  /** Stable identifier of the rule, for example {@code SECURE_WITH_LOW_COHERENCE}. */
  public String id() {
    return check.name();
  }
}
