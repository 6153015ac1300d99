package org.securebase.core.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RenderingTest {
  private static final DiscourseAnalyzer ANALYZER = DiscourseAnalyzer.english();

  private static Transcript parse(String text) {
    return TranscriptParser.defaults().parse(text);
  }

  @Nested
  class Json {
    @Test
    void writesTheVersionedSchemaWithOffsetsAndProfile() {
      Transcript transcript =
          parse("I: Was it hard?\nR: My father was perfect. He yelled at me every day.");
      AnalysisResult result = ANALYZER.analyze(transcript);

      JsonNode root = JsonMapper.builder().build().readTree(AnalysisJson.write(transcript, result));

      assertThat(root.get("schema").stringValue()).isEqualTo(AnalysisJson.SCHEMA);
      assertThat(root.get("lexiconVersion").stringValue()).isEqualTo(result.lexiconVersion());
      assertThat(root.get("profile").get("indicators")).hasSize(IndicatorType.values().length);
      assertThat(root.get("profile").get("groups")).hasSize(IndicatorGroup.values().length);
      JsonNode contradiction = null;
      for (JsonNode indicator : root.get("indicators")) {
        int start = indicator.get("start").intValue();
        int end = indicator.get("end").intValue();
        assertThat(transcript.text().substring(start, end))
            .isEqualTo(indicator.get("text").stringValue());
        if (indicator.get("id").stringValue().equals("contradiction")) {
          contradiction = indicator;
        }
      }
      assertThat(contradiction).isNotNull();
      JsonNode link = contradiction.get("link");
      assertThat(
              transcript.text().substring(link.get("start").intValue(), link.get("end").intValue()))
          .isEqualTo("perfect");
    }
  }

  @Nested
  class Html {
    @Test
    void escapesTextAndSplitsOverlapsIntoFlatMarks() {
      Transcript transcript =
          parse("I: What did you do when you were upset?\nR: <script>x</script> No big deal.");
      String html = HighlightHtml.render(transcript, ANALYZER.analyze(transcript));

      assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;x&lt;/script&gt;");
      assertThat(html)
          .contains(
              "<mark class=\"sb-ind sb-ind-short_turn sb-ind-minimizing\""
                  + " data-indicators=\"short_turn minimizing\">No big deal</mark>");
      assertThat(html).contains("data-turn=\"1\"").contains("sb-participant");
      assertThat(html.indexOf("<mark", html.indexOf("<mark") + 1))
          .isGreaterThan(html.indexOf("</mark>"));
    }

    @Test
    void rendersATurnWithoutIndicatorsAsPlainEscapedText() {
      Transcript transcript = parse("R: We went to the lake & swam.");
      String html = HighlightHtml.render(transcript, ANALYZER.analyze(transcript));

      assertThat(html).contains("We went to the lake &amp; swam.").doesNotContain("<mark");
    }
  }

  @Nested
  class Text {
    @Test
    void listsVersionsGroupsAndEvidence() {
      Transcript transcript = parse("I: A memory?\nR: I don't remember.");
      String report = TextReport.render("t.txt", transcript, ANALYZER.analyze(transcript));

      assertThat(report)
          .contains("Discourse indicators: t.txt")
          .contains("analyzer " + DiscourseAnalyzer.VERSION)
          .contains("dismissing-leaning")
          .contains("lack_of_recall")
          .contains("\"I don't remember\"")
          .contains("not a classification of the speaker");
    }
  }
}
