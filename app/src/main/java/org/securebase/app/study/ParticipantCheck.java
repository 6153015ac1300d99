package org.securebase.app.study;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.securebase.app.study.StudyDataRepository.Change;

/** A participant row: the study's code for the person and the enrolment date. */
final class ParticipantCheck implements ImportCheck {

  private final StudyRepository repository;

  ParticipantCheck(StudyRepository repository) {
    this.repository = repository;
  }

  @Override
  public String check(ImportContext ctx, ImportRow row) {
    String code =
        row.name(
            "participant_id", "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}", "use letters, digits, ., - and _");
    LocalDate enrolled = row.date("enrolled_on", false);
    if (code == null) {
      return null;
    }
    Participant old = ctx.participants.get(code);
    if (!row.hasProblems) {
      row.write =
          tally -> {
            if (old == null) {
              repository.insertParticipant(
                  ctx.study.id(), new Participant(UUID.randomUUID(), code, enrolled));
              tally.add(Change.INSERTED);
            } else if (Objects.equals(old.enrolledOn(), enrolled)) {
              tally.add(Change.UNCHANGED);
            } else {
              repository.updateParticipant(new Participant(old.id(), code, enrolled));
              tally.add(Change.UPDATED);
            }
          };
    }
    return code;
  }
}
