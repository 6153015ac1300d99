package org.securebase.app.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.app.SecureBaseCommand;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTest {
  private static final Path CORPUS = Path.of("../core/src/test/resources/discourse/corpus");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = SecureBaseCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void printsPerIndicatorTablesWithTheBaselineBeside() {
    int code = run("evaluate", CORPUS.toString(), "--bootstrap", "200");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("Span level")
        .contains("Item level")
        .contains("| reflective |")
        .contains("dictionary count")
        .contains("Wilson score")
        .contains("classifies nobody");
  }

  @Test
  void writesJsonWithIntervalsAndTheMethodThatMadeThem() {
    int code =
        run(
            "evaluate",
            CORPUS.resolve("corpus.jsonl").toString(),
            "--format",
            "json",
            "--bootstrap",
            "200");

    assertThat(code).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(out.toString());
    assertThat(root.get("schema").asString()).isEqualTo("securebase.discourse-evaluation/1");
    JsonNode f1 = root.at("/engine/indicators/lack_of_recall/span/f1");
    assertThat(f1.get("value").asDouble()).isBetween(0.0, 1.0);
    assertThat(f1.get("lower").asDouble()).isLessThanOrEqualTo(f1.get("value").asDouble());
    assertThat(f1.get("method").asString()).contains("bootstrap");
    assertThat(root.at("/baseline/method").asString()).startsWith("dictionary count");
  }

  @Test
  void failsWhenAnIndicatorIsBelowARecordedLevel() throws IOException {
    Path levels = Files.writeString(dir.resolve("levels.properties"), "reflective.span=1.01\n");

    int code =
        run("evaluate", CORPUS.toString(), "--thresholds", levels.toString(), "--bootstrap", "200");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("reflective span-level F1");
  }

  @Test
  void namesTheFileAndLineOfABadCorpus() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "## x-1 | positive | made_up\nR: hi\n");

    int code = run("evaluate", bad.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("bad.txt line 1").contains("made_up");
  }
}
