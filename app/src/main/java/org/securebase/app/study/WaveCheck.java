package org.securebase.app.study;

import java.util.UUID;
import org.securebase.app.study.StudyDataRepository.Change;

/** A wave row: its name, label, target age and day offset. */
final class WaveCheck implements ImportCheck {

  private final StudyRepository repository;

  WaveCheck(StudyRepository repository) {
    this.repository = repository;
  }

  @Override
  public String check(ImportContext ctx, ImportRow row) {
    String name =
        row.name("wave", "[A-Za-z0-9][A-Za-z0-9_-]{0,59}", "use letters, digits, - and _");
    String label = row.text("label", 200, true);
    Double age = row.decimal("target_age_months", 0, 1200, false);
    Integer days = row.integer("day_offset", -100000, 100000, false);
    if (name == null) {
      return null;
    }
    StudyWave old = ctx.waves.get(name);
    if (!row.hasProblems) {
      row.write =
          tally -> {
            StudyWave w =
                new StudyWave(old == null ? UUID.randomUUID() : old.id(), name, label, age, days);
            if (old == null) {
              repository.insertWave(ctx.study.id(), w);
              tally.add(Change.INSERTED);
            } else if (old.equals(w)) {
              tally.add(Change.UNCHANGED);
            } else {
              repository.updateWave(w);
              tally.add(Change.UPDATED);
            }
          };
    }
    return name;
  }
}
