package org.securebase.app.demo;

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
}
