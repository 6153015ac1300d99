package org.securebase.app.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.practice.PracticeAssociation;
import org.springframework.stereotype.Component;

/**
 * The recovery chart's context from other features ({@link RecoveryMarks}): planned breaks to set
 * episodes against, and practice frequency beside recovery time (core {@link PracticeAssociation}),
 * which the pages label as an association for this person, never as a cause.
 */
@Component
class RecoveryContext {

  /** Completed practices in one week (weeks start on Monday, UTC). */
  record PracticeWeek(LocalDate week, int practices) {}

  /**
   * @param breaks planned breaks, oldest first
   * @param practiceWeeks weeks with at least one completed practice, oldest first
   * @param association practice weeks against weeks without, for the episodes logged
   */
  record Marks(
      List<RecoveryMarks.Break> breaks,
      List<PracticeWeek> practiceWeeks,
      PracticeAssociation association) {

    /** Whether any practice was completed at all. */
    public boolean anyPractice() {
      return !practiceWeeks.isEmpty();
    }
  }

  private final List<RecoveryMarks> sources;

  RecoveryContext(List<RecoveryMarks> sources) {
    this.sources = sources;
  }

  Marks of(UUID clientId, SignedInUser reader, List<Activation> activations) {
    List<RecoveryMarks.Break> breaks = new ArrayList<>();
    List<Instant> practices = new ArrayList<>();
    for (RecoveryMarks s : sources) {
      breaks.addAll(s.plannedBreaks(clientId, reader));
      practices.addAll(s.practicesCompleted(clientId));
    }
    breaks.sort(Comparator.comparing(RecoveryMarks.Break::firstDay));
    PracticeAssociation association =
        PracticeAssociation.of(practices, ActivationLog.episodes(activations));
    List<PracticeWeek> weeks =
        association.weekly().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> new PracticeWeek(e.getKey(), e.getValue()))
            .toList();
    return new Marks(List.copyOf(breaks), weeks, association);
  }
}
