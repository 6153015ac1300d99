package org.securebase.app.measure;

import java.util.Locale;
import org.securebase.core.measure.ChangeCategory;
import org.securebase.core.measure.ReliableChangeResult;

/**
 * A Jacobson-Truax result between two administrations, or the reason it could not be computed.
 * {@link #footnote()} says which reliability, SD and cut-off produced it.
 */
public record ChangeOutcome(ReliableChangeResult result, String unavailableReason) {

  static ChangeOutcome unavailable(String reason) {
    return new ChangeOutcome(null, reason);
  }

  public boolean isAvailable() {
    return result != null;
  }

  public boolean isReliable() {
    return result != null && result.reliable();
  }

  /** The category in plain words, or "not computed". */
  public String label() {
    if (result == null) {
      return "Not computed";
    }
    return categoryLabel(result.category());
  }

  static String categoryLabel(ChangeCategory category) {
    return switch (category) {
      case RECOVERED -> "Recovered (reliable improvement past the cut-off)";
      case IMPROVED -> "Reliably improved";
      case UNCHANGED -> "No reliable change";
      case DETERIORATED -> "Reliably worse";
      case RELIABLY_CHANGED -> "Reliable change (neither direction is better)";
    };
  }

  /** Which parameters produced the result, or why there is none. */
  public String footnote() {
    if (result == null) {
      return unavailableReason;
    }
    return String.format(
        Locale.ROOT,
        "Jacobson-Truax: change %+.2f, RCI %.2f (reliable when |RCI| > 1.96; minimum reliable"
            + " difference %.3f). Reliability r = %.2f (%s; %s). SD = %.2f (%s). Cut-off: %s.",
        result.difference(),
        result.rci(),
        result.minimumReliableDifference(),
        result.reliability().value(),
        result.reliability().kind() == org.securebase.core.measure.Reliability.Kind.TEST_RETEST
            ? "test-retest"
            : "Cronbach's alpha",
        result.reliability().source(),
        result.spread().sd(),
        result.spread().source(),
        result.cutOff() == null
            ? "none (no published norms with a citation are on file)"
            : String.format(
                Locale.ROOT,
                "%s = %.2f from %s",
                result.cutOff().kind(),
                result.cutOff().value(),
                result.cutOff().basis()));
  }
}
