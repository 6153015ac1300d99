package org.securebase.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressNoteTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void followsTheFrameworkWithinModalitySentencePattern() {
    String note =
        ProgressNote.draft(
            3,
            DAY,
            "an attachment-informed formulation",
            "mentalization-based treatment",
            "withdrawal when a partner comes close.",
            List.of(
                new ProgressNote.WorkedOn(
                    "By session 12, name 3 moments.", 1, 2, 3, ObjectiveStatus.ON_TRACK)));
    assertThat(note)
        .isEqualTo(
            "Session 3 (2 March 2026) used an attachment-informed formulation, within"
                + " mentalization-based treatment, to address withdrawal when a partner comes"
                + " close. Objective: By session 12, name 3 moments (1 counted this session; 2 of 3"
                + " so far, on track).");
  }

  @Test
  void leavesOutWhatWasNotEntered() {
    String note = ProgressNote.draft(1, DAY, "", "emotionally focused therapy", null, List.of());
    assertThat(note)
        .isEqualTo(
            "Session 1 (2 March 2026) was held within emotionally focused therapy. No plan"
                + " objective was recorded for this session.");
  }

  @Test
  void saysWhenAnObjectiveWasWorkedOnWithoutACount() {
    String note =
        ProgressNote.draft(
            2,
            DAY,
            "a trauma-informed frame",
            "individual psychotherapy",
            "sleep after nightmares",
            List.of(new ProgressNote.WorkedOn("Reframe beliefs", 0, 0, 5, ObjectiveStatus.BEHIND)));
    assertThat(note).contains("worked on without a count this session; 0 of 5 so far, behind");
  }
}
