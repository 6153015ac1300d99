package org.securebase.core.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptFormatException;
import org.securebase.core.transcript.TranscriptParser;
import org.securebase.core.transcript.Turn;

/**
 * Any bytes either become a transcript that analyzes and renders cleanly, or are refused with a
 * {@link TranscriptFormatException}; nothing else may escape. In the normal build this runs the
 * seed inputs under {@code TranscriptFuzzTestInputs/} (regression mode); fuzz with {@code
 * JAZZER_FUZZ=1}.
 */
class TranscriptFuzzTest {
  private static final TranscriptParser PARSER = TranscriptParser.withMaxBytes(64 * 1024);
  private static final DiscourseAnalyzer ANALYZER = DiscourseAnalyzer.english();

  @FuzzTest(maxDuration = "60s")
  void anyInputIsAnalyzedOrRefusedWithAFormatError(byte[] bytes) {
    Transcript transcript;
    try {
      transcript = PARSER.parse(bytes);
    } catch (TranscriptFormatException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    for (Turn turn : transcript.turns()) {
      assertThat(turn.end()).isLessThanOrEqualTo(transcript.text().length());
    }
    AnalysisResult result = ANALYZER.analyze(transcript);
    for (Indicator indicator : result.indicators()) {
      assertThat(transcript.text().substring(indicator.start(), indicator.end()))
          .isEqualTo(indicator.text());
    }
    assertThat(HighlightHtml.render(transcript, result)).doesNotContain("<script");
    assertThat(AnalysisJson.write(transcript, result)).contains(AnalysisJson.SCHEMA);
    assertThat(TextReport.render("fuzz", transcript, result)).isNotEmpty();
  }
}
