package org.securebase.app.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.securebase.app.journal.RecoveryMarks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practices the client completed, for the recovery chart's practice frequency (an association for
 * this person, never proof; see {@code core.practice.PracticeAssociation}). Only the times leave
 * here, not which practice or what was said in it.
 */
@Component
class PracticeMarks implements RecoveryMarks {

  private final PracticeRepository practices;

  PracticeMarks(PracticeRepository practices) {
    this.practices = practices;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Instant> practicesCompleted(UUID clientId) {
    return practices.sessionsOf(clientId).stream()
        .filter(PracticeSession::completed)
        .map(s -> s.completedAt().toInstant())
        .sorted()
        .toList();
  }
}
