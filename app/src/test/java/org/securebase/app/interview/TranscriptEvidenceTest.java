package org.securebase.app.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptEvidenceTest {

  @Test
  void turnAnchorsAreAddedToEveryTurnParagraph() {
    String html =
        "<div class=\"sb-transcript\">\n<p class=\"sb-turn sb-interviewer\" data-turn=\"0\""
            + " data-question=\"1\"><span class=\"sb-speaker\">I:</span> data-turn=&quot;9&quot;</p>\n"
            + "<p class=\"sb-turn sb-participant\" data-turn=\"1\"><span>R:</span> x</p>\n</div>";
    String anchored = TranscriptEvidence.withTurnAnchors(html);
    assertThat(anchored)
        .contains("<p id=\"turn-0\" class=\"sb-turn sb-interviewer\" data-turn=\"0\"")
        .contains("<p id=\"turn-1\" class=\"sb-turn sb-participant\" data-turn=\"1\"")
        .doesNotContain("turn-9");
  }
}
