package org.securebase.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TranscriptParserTest {
  private final TranscriptParser parser = TranscriptParser.defaults();

  @Nested
  class PrefixedLines {
    @Test
    void readsShortPrefixesWithOffsetsIntoTheOriginalText() {
      String text = "I: How was it?\nR: Fine, I think.\n  It was long ago.\n";
      Transcript transcript = parser.parse(text);

      assertThat(transcript.turns()).hasSize(2);
      Turn answer = transcript.turns().get(1);
      assertThat(answer.speaker()).isEqualTo(Speaker.PARTICIPANT);
      assertThat(transcript.textOf(answer)).isEqualTo("Fine, I think.\n  It was long ago.");
      assertThat(text.substring(answer.start(), answer.end())).isEqualTo(transcript.textOf(answer));
    }

    @Test
    void acceptsLongPrefixesInAnyCase() {
      Transcript transcript = parser.parse("INTERVIEWER: Hello\r\nparticipant: Hi there\r\n");

      assertThat(transcript.turns())
          .extracting(Turn::speaker)
          .containsExactly(Speaker.INTERVIEWER, Speaker.PARTICIPANT);
      assertThat(transcript.textOf(transcript.turns().get(1))).isEqualTo("Hi there");
    }

    @Test
    void keepsUtf16OffsetsExactAfterAstralCharacters() {
      String text = "I: \uD83D\uDE00 ok?\nR: caf\u00e9 \uD83D\uDE00 yes";
      Transcript transcript = parser.parse(text.getBytes(StandardCharsets.UTF_8));

      assertThat(transcript.textOf(transcript.turns().get(1)))
          .isEqualTo("caf\u00e9 \uD83D\uDE00 yes");
    }

    @Test
    void rejectsAnUnknownPrefixNamingTheLine() {
      assertThatThrownBy(() -> parser.parse("I: Hello\nR: Hi\nQ: What?\nR: Nothing"))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("line 3")
          .hasMessageContaining("Q:");
    }

    @Test
    void rejectsTextBeforeTheFirstPrefix() {
      assertThatThrownBy(() -> parser.parse("Interview 12\nI: Hello\nR: Hi"))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("line 1");
    }

    @Test
    void rejectsATranscriptWithoutParticipantTurns() {
      assertThatThrownBy(() -> parser.parse("I: Hello?\nI: Anyone there?"))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("no participant turn");
    }
  }

  @Nested
  class PlainText {
    @Test
    void readsUnprefixedTextAsOneNarratorTurn() {
      Transcript transcript = parser.parse("  Today I called my mother.\nNote: it went well.\n");

      assertThat(transcript.turns())
          .singleElement()
          .extracting(Turn::speaker)
          .isEqualTo(Speaker.NARRATOR);
      assertThat(transcript.textOf(transcript.turns().get(0)))
          .isEqualTo("Today I called my mother.\nNote: it went well.");
    }
  }

  @Nested
  class Json {
    @Test
    void readsTurnsWithQuestionNumbers() {
      Transcript transcript =
          parser.parse(
              "{\"turns\":[{\"speaker\":\"interviewer\",\"text\":\"Five words?\",\"question\":3},"
                  + "{\"speaker\":\"R\",\"text\":\"Warm.\"}]}");

      assertThat(transcript.turns()).hasSize(2);
      assertThat(transcript.turns().get(0).question()).isEqualTo(3);
      assertThat(transcript.textOf(transcript.turns().get(1))).isEqualTo("Warm.");
      assertThat(transcript.questionInEffect(1)).isEqualTo(3);
    }

    @Test
    void namesTheFieldOfAnUnknownSpeaker() {
      assertThatThrownBy(
              () ->
                  parser.parse(
                      "[{\"speaker\":\"R\",\"text\":\"a\"},{\"speaker\":\"X\",\"text\":\"b\"}]"))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("[1].speaker");
    }

    @Test
    void namesTheFieldOfABadQuestion() {
      assertThatThrownBy(
              () ->
                  parser.parse(
                      "{\"turns\":[{\"speaker\":\"R\",\"text\":\"a\",\"question\":\"two\"}]}"))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("turns[0].question");
    }

    @Test
    void rejectsMalformedJsonWithALine() {
      assertThatThrownBy(() -> parser.parse("{\"turns\": [\n{\"speaker\": }"))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("line 2")
          .hasMessageContaining("not valid JSON");
    }
  }

  @Nested
  class BadInput {
    @Test
    void rejectsEmptyTranscript() {
      assertThatThrownBy(() -> parser.parse(" \n\t "))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("empty");
    }

    @Test
    void rejectsBinaryNamingTheLine() {
      byte[] bytes = {'R', ':', ' ', 'h', 'i', '\n', 0, 1, 2};
      assertThatThrownBy(() -> parser.parse(bytes))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("line 2")
          .hasMessageContaining("not text");
    }

    @Test
    void rejectsUndecodableBytes() {
      byte[] bytes = {'R', ':', ' ', (byte) 0xC3, (byte) 0x28};
      assertThatThrownBy(() -> parser.parse(bytes))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void rejectsInputOverTheLimit() {
      TranscriptParser small = TranscriptParser.withMaxBytes(10);
      assertThatThrownBy(() -> small.parse("R: eleven chars"))
          .isInstanceOf(TranscriptFormatException.class)
          .hasMessageContaining("over the limit of 10 bytes");
    }
  }
}
