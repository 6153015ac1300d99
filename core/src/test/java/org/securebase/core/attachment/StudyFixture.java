package org.securebase.core.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the hand-made study fixture described at the top of {@code attachment/study-earned.txt}.
 */
final class StudyFixture {

  private static final List<AaiScale> EXPERIENCE_ORDER =
      List.of(
          AaiScale.LOVING,
          AaiScale.REJECTING,
          AaiScale.NEGLECTING,
          AaiScale.ROLE_REVERSING,
          AaiScale.PUSHING_TO_ACHIEVE);

  private StudyFixture() {}

  static List<StudyParticipant> load(String resource) {
    try (InputStream in = StudyFixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + resource);
      }
      List<StudyParticipant> participants = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        participants.add(participant(line.split(";")));
      }
      return participants;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StudyParticipant participant(String[] f) {
    String id = f[0].strip();
    if (f[1].strip().equals("none")) {
      return new StudyParticipant(id, null, List.of());
    }
    ScaleScores.Builder scores = ScaleScores.builder();
    if (!f[2].strip().equals("-")) {
      scores.score(AaiScale.COHERENCE_OF_MIND, Double.parseDouble(f[2].strip()));
    }
    experience(scores, Parent.MOTHER, f[3].strip());
    experience(scores, Parent.FATHER, f[4].strip());
    Coding coding = Coding.draft(id, "fixture").withScores(scores.build());
    if (!f[1].strip().equals("-")) {
      coding = coding.withClassification(Classification.parse(f[1].strip()));
    }
    List<InfantClassification> infant = new ArrayList<>();
    if (!f[5].strip().equals("-")) {
      for (String item : f[5].strip().split(",")) {
        String[] p = item.strip().split(":");
        infant.add(
            new InfantClassification(
                InfantCategory.fromCode(p[0]), Parent.of(p[1]), Double.parseDouble(p[2])));
      }
    }
    return new StudyParticipant(id, coding.finalized(), infant);
  }

  private static void experience(ScaleScores.Builder scores, Parent parent, String values) {
    String[] v = values.split("/");
    for (int i = 0; i < EXPERIENCE_ORDER.size(); i++) {
      scores.score(
          EXPERIENCE_ORDER.get(i), parent, ScaleScore.parse(EXPERIENCE_ORDER.get(i), v[i]));
    }
  }
}
