package org.securebase.app.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.app.SecureBaseCommand;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path sample;

  @BeforeEach
  void writeSample() throws IOException {
    sample = dir.resolve("sample-transcript.txt");
    try (InputStream in = getClass().getResourceAsStream("/samples/sample-transcript.txt")) {
      Files.write(sample, in.readAllBytes());
    }
  }

  private int run(String... args) {
    CommandLine commandLine = SecureBaseCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Nested
  class Text {
    @Test
    void printsAReportWithEvidenceForTheSample() {
      int code = run("analyze", sample.toString());

      assertThat(code).isZero();
      assertThat(out.toString())
          .contains("Discourse indicators: " + sample)
          .contains("lack_of_recall")
          .contains("\"I don't remember\"")
          .contains("not a classification");
      assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsABadFileByNameAndStillRunsTheOthers() throws IOException {
      Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
      Path missing = dir.resolve("missing.txt");

      int code = run("analyze", empty.toString(), sample.toString(), missing.toString());

      assertThat(code).isEqualTo(1);
      assertThat(err.toString())
          .contains(empty + ": transcript is empty")
          .contains(missing + ": cannot read");
      assertThat(out.toString())
          .contains("Discourse indicators: " + sample)
          .contains("Summary: 1 file(s) analyzed, 2 failed");
    }
  }

  @Nested
  class Formats {
    @Test
    void writesOneJsonDocumentWithEveryFileAndASummary() throws IOException {
      Path second = Files.writeString(dir.resolve("second.txt"), "I: Upset?\nR: No big deal.\n");

      int code = run("analyze", "--format", "json", sample.toString(), second.toString());

      assertThat(code).isZero();
      JsonNode root = JsonMapper.builder().build().readTree(out.toString());
      assertThat(root.get("schema").stringValue()).isEqualTo("securebase.discourse-analysis/1");
      assertThat(root.get("files")).hasSize(2);
      assertThat(root.get("summary").get("analyzed").intValue()).isEqualTo(2);
      JsonNode secondAnalysis = root.get("files").get(1).get("analysis");
      assertThat(secondAnalysis.get("indicators").get(0).get("id").stringValue())
          .isEqualTo("minimizing");
    }

    @Test
    void writesAnEscapedHtmlFragment() throws IOException {
      Path html =
          Files.writeString(
              dir.resolve("x.txt"),
              "I: And then?\nR: <b>No big deal</b> & more.\n",
              StandardCharsets.UTF_8);

      int code = run("analyze", "--format", "html", html.toString());

      assertThat(code).isZero();
      assertThat(out.toString())
          .contains("&lt;b&gt;<mark class=\"sb-ind sb-ind-minimizing\"")
          .contains("&amp; more.")
          .doesNotContain("<b>");
    }
  }

  @Nested
  class Usage {
    @Test
    void exitsWithTwoWithoutFiles() {
      assertThat(run("analyze")).isEqualTo(2);
      assertThat(err.toString()).contains("FILE");
    }

    @Test
    void exitsWithTwoOnAnUnknownFormat() {
      assertThat(run("analyze", "--format", "pdf", sample.toString())).isEqualTo(2);
    }

    @Test
    void exitsWithTwoOnANonPositiveSizeLimit() {
      assertThat(run("analyze", "--max-bytes", "0", sample.toString())).isEqualTo(2);
      assertThat(err.toString()).contains("--max-bytes must be positive");
    }

    @Test
    void refusesAFileOverTheSizeLimitByName() {
      assertThat(run("analyze", "--max-bytes", "100", sample.toString())).isEqualTo(1);
      assertThat(err.toString())
          .contains(sample + ": transcript is")
          .contains("over the limit of 100");
    }

    @Test
    void documentsExitCodesInHelp() {
      assertThat(run("analyze", "--help")).isZero();
      assertThat(out.toString()).contains("Exit codes:").contains("usage error");
    }
  }
}
