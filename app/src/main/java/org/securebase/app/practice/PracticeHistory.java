package org.securebase.app.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.journal.Activation;
import org.securebase.core.practice.PracticeAssociation;
import org.securebase.core.progress.Episode;

/** What a client's practice sessions add up to: pure functions of the stored rows. */
final class PracticeHistory {

  private PracticeHistory() {}

  /** Whether the latest completed session asked for grounding only. */
  static boolean groundingOnlyAsked(List<PracticeSession> oldestFirst) {
    for (int i = oldestFirst.size() - 1; i >= 0; i--) {
      if (oldestFirst.get(i).completed()) {
        return oldestFirst.get(i).groundingOnly();
      }
    }
    return false;
  }

  /** Completed sessions per treatment-plan objective their practice was assigned to. */
  static Map<UUID, Integer> completedByObjective(
      List<Practice> practices, List<PracticeSession> sessions) {
    Map<UUID, UUID> objectiveOf =
        practices.stream()
            .filter(p -> p.objectiveKey() != null)
            .collect(Collectors.toMap(Practice::id, Practice::objectiveKey));
    return sessions.stream()
        .filter(PracticeSession::completed)
        .filter(s -> objectiveOf.containsKey(s.practiceId()))
        .collect(
            Collectors.groupingBy(
                s -> objectiveOf.get(s.practiceId()), Collectors.summingInt(s -> 1)));
  }

  /** Practice frequency beside recovery time: an association for this person, never proof. */
  static PracticeAssociation association(
      List<Activation> activations, List<PracticeSession> sessions) {
    List<Episode> episodes =
        activations.stream()
            .map(a -> new Episode(a.occurredAt().toInstant(), a.minutesUntilSettled()))
            .toList();
    List<Instant> completed =
        sessions.stream()
            .filter(PracticeSession::completed)
            .map(s -> s.completedAt().toInstant())
            .toList();
    return PracticeAssociation.of(completed, episodes);
  }
}
