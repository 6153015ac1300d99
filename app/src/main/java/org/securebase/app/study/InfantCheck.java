package org.securebase.app.study;

import org.securebase.app.interview.InfantRecords;
import org.securebase.core.attachment.InfantCategory;
import org.securebase.core.attachment.InfantClassification;
import org.securebase.core.attachment.InvalidEntryException;
import org.securebase.core.attachment.Parent;

/**
 * An infant Strange Situation row, checked by the core's {@link
 * org.securebase.core.attachment.InfantClassification} and kept in the one table of infant
 * classifications that the coding workbench reads too ({@link InfantRecords}).
 */
final class InfantCheck implements ImportCheck {

  private final InfantRecords infant;

  InfantCheck(InfantRecords infant) {
    this.infant = infant;
  }

  @Override
  public String check(ImportContext ctx, ImportRow row) {
    Participant p = row.participant(ctx);
    StudyWave w = row.wave(ctx);
    String caregiverText = row.get("caregiver");
    Parent caregiver = null;
    try {
      caregiver = Parent.of(caregiverText);
    } catch (InvalidEntryException e) {
      row.problem("caregiver", e.getMessage().substring(e.field().length() + 2));
    }
    InfantCategory category = null;
    try {
      category = InfantCategory.fromCode(row.get("classification"));
    } catch (InvalidEntryException e) {
      row.problem("classification", "value outside the allowed set (A, B, C or D)");
    }
    Double age = row.decimal("age_months", 0, InfantClassification.MAX_AGE_MONTHS, true);
    if (category != null && caregiver != null && age != null) {
      try {
        new InfantClassification(category, caregiver, age);
      } catch (InvalidEntryException e) {
        row.problem("age_months", e.getMessage().substring(e.field().length() + 2));
      }
    }
    if (p == null || w == null || caregiver == null) {
      return null;
    }
    if (!row.hasProblems) {
      var r =
          new StudyDataRepository.InfantRow(p.id(), w.id(), caregiver.name(), category.name(), age);
      row.write =
          tally ->
              tally.add(
                  StudyDataRepository.Change.valueOf(
                      infant
                          .putForParticipant(
                              r.participantId(), r.waveId(), r.caregiver(), r.category(), r.age())
                          .name()));
    }
    return p.code() + "\u0000" + w.name() + "\u0000" + caregiver.name();
  }
}
