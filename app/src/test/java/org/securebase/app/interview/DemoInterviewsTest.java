package org.securebase.app.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.securebase.core.transcript.Speaker;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptParser;

class DemoInterviewsTest {

  @Test
  void everyDemoTranscriptParsesAsAnInterviewWithParticipantTurns() throws IOException {
    for (String[] t : DemoInterviews.TRANSCRIPTS) {
      try (InputStream in = DemoInterviews.class.getResourceAsStream(t[1])) {
        assertThat(in).as(t[1]).isNotNull();
        Transcript parsed = TranscriptParser.defaults().parse(in.readAllBytes());
        assertThat(parsed.turns()).hasSizeGreaterThan(10);
        assertThat(parsed.turns()).anyMatch(turn -> turn.speaker() == Speaker.PARTICIPANT);
        assertThat(parsed.turns()).noneMatch(turn -> turn.speaker() == Speaker.NARRATOR);
      }
    }
  }

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
