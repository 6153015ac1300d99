package org.securebase.app.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;

/**
 * What other features mark on a client's recovery chart: scheduling the clinician's planned breaks,
 * guided practice the practices completed. The journal owns the chart but must not depend on the
 * features that depend on it, so each implements this interface (as {@code ClientPagePanels}). The
 * journal has already checked that {@code reader} may see this client's logs.
 */
public interface RecoveryMarks {

  /** A planned break of the client's clinician, first to last day. */
  record Break(LocalDate firstDay, LocalDate lastDay) {}

  /** The clinician's planned breaks, past and ahead, oldest first. */
  default List<Break> plannedBreaks(UUID clientId, SignedInUser reader) {
    return List.of();
  }

  /** When the client completed a guided practice, oldest first. */
  default List<Instant> practicesCompleted(UUID clientId) {
    return List.of();
  }
}
