package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CodingTest {

  private static final ScaleScores SCORES =
      ScaleScores.builder().score(AaiScale.COHERENCE_OF_MIND, 6).build();

  @Nested
  class Drafts {
    @Test
    void startsAsEmptyDraftVersionOne() {
      Coding c = Coding.draft("T-1", "ana");
      assertThat(c.status()).isEqualTo(CodingStatus.DRAFT);
      assertThat(c.version()).isEqualTo(1);
      assertThat(c.classification()).isEmpty();
      assertThat(c.correctionReason()).isEmpty();
    }

    @Test
    void changesReturnNewDraftsAndLeaveTheOldOne() {
      Coding empty = Coding.draft("T-1", "ana");
      Coding filled = empty.withScores(SCORES).withClassification(Classification.parse("F1"));
      assertThat(empty.scores()).isEqualTo(ScaleScores.empty());
      assertThat(filled.classification()).contains(Classification.parse("F1"));
      assertThat(filled.scores()).isEqualTo(SCORES);
    }

    @Test
    void finalizingNeedsClassificationOrCoherence() {
      assertThatThrownBy(() -> Coding.draft("T-1", "ana").finalized())
          .isInstanceOf(InvalidEntryException.class)
          .extracting(e -> ((InvalidEntryException) e).field())
          .isEqualTo("classification");
      assertThat(Coding.draft("T-1", "ana").withScores(SCORES).finalized().isFinal()).isTrue();
      assertThat(
              Coding.draft("T-1", "ana")
                  .withClassification(Classification.parse("Ds1"))
                  .finalized()
                  .isFinal())
          .isTrue();
    }

    @Test
    void requiresTranscriptAndCoder() {
      assertThatThrownBy(() -> Coding.draft(" ", "ana")).hasMessageContaining("transcriptId");
      assertThatThrownBy(() -> Coding.draft("T-1", null)).hasMessageContaining("coder");
    }
  }

  @Nested
  class FinalCodings {
    private final Coding fin =
        Coding.draft("T-1", "ana")
            .withScores(SCORES)
            .withClassification(Classification.parse("F3a"))
            .finalized();

    @Test
    void cannotBeEdited() {
      assertThatThrownBy(() -> fin.withScores(ScaleScores.empty()))
          .isInstanceOf(CodingStateException.class)
          .hasMessageContaining("correction");
      assertThatThrownBy(() -> fin.withClassification(null))
          .isInstanceOf(CodingStateException.class);
      assertThatThrownBy(fin::finalized).isInstanceOf(CodingStateException.class);
    }

    @Test
    void correctionCreatesNewVersionWithReason() {
      Coding corrected = fin.correct(SCORES, Classification.parse("F3b"), "subclass mistyped");
      assertThat(corrected.version()).isEqualTo(2);
      assertThat(corrected.isFinal()).isTrue();
      assertThat(corrected.correctionReason()).contains("subclass mistyped");
      assertThat(corrected.classification()).contains(Classification.parse("F3b"));
      assertThat(fin.classification()).contains(Classification.parse("F3a"));
      assertThat(fin.version()).isEqualTo(1);
    }

    @Test
    void correctionNeedsReason() {
      assertThatThrownBy(() -> fin.correct(SCORES, null, "  "))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("correctionReason");
    }

    @Test
    void draftCannotBeCorrected() {
      assertThatThrownBy(() -> Coding.draft("T-1", "ana").correct(SCORES, null, "why"))
          .isInstanceOf(CodingStateException.class);
    }
  }

  @Nested
  class Rebuilding {
    @Test
    void rejectsLaterVersionWithoutReason() {
      assertThatThrownBy(() -> Coding.of("T-1", "ana", SCORES, null, CodingStatus.FINAL, 2, null))
          .hasMessageContaining("correctionReason");
    }

    @Test
    void rejectsReasonOnFirstVersion() {
      assertThatThrownBy(
              () -> Coding.of("T-1", "ana", SCORES, null, CodingStatus.FINAL, 1, "because"))
          .hasMessageContaining("correctionReason");
    }

    @Test
    void rejectsVersionZero() {
      assertThatThrownBy(() -> Coding.of("T-1", "ana", SCORES, null, CodingStatus.DRAFT, 0, null))
          .hasMessageContaining("version");
    }

    @Test
    void equalFieldsMakeEqualCodings() {
      Coding a = Coding.of("T-1", "ana", SCORES, null, CodingStatus.FINAL, 3, "fix");
      Coding b = Coding.of("T-1", "ana", SCORES, null, CodingStatus.FINAL, 3, "fix");
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
  }
}
