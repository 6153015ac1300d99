package org.securebase.app.study;

/** A questionnaire subscale score of a participant at a wave. */
final class QuestionnaireCheck implements ImportCheck {

  private final StudyDataRepository data;

  QuestionnaireCheck(StudyDataRepository data) {
    this.data = data;
  }

  @Override
  public String check(ImportContext ctx, ImportRow row) {
    Participant p = row.participant(ctx);
    StudyWave w = row.wave(ctx);
    String instrument =
        row.name(
            "instrument", "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}", "use letters, digits, ., - and _");
    String version =
        row.name(
            "version",
            "[A-Za-z0-9][A-Za-z0-9_.-]{0,19}",
            "use up to 20 letters, digits, ., - and _");
    String subscale =
        row.name("subscale", "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}", "use letters, digits, ., - and _");
    Double score = row.decimal("score", -1e9, 1e9, true);
    if (p == null || w == null || instrument == null || version == null || subscale == null) {
      return null;
    }
    if (!row.hasProblems) {
      var r =
          new StudyDataRepository.QuestionnaireRow(
              p.id(), w.id(), instrument, version, subscale, score);
      row.write = tally -> tally.add(data.upsertQuestionnaire(r));
    }
    return String.join("\u0000", p.code(), w.name(), instrument, version, subscale);
  }
}
