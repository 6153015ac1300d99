package org.securebase.app.wiki;

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

class PhiCheckCommandTest {
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
  void printsOneJsonObjectPerFindingWithLineAndOffsetsButNeverTheText() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("note.txt"),
            "Bowlby described the secure base.\nWe met Maria Lopez in Dayton.\n");
    int code = run("phi-check", file.toString());
    assertThat(code).isEqualTo(1);
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = JsonMapper.builder().build().readTree(lines[0]);
    assertThat(first.get("file").asString()).isEqualTo(file.toString());
    assertThat(first.get("line").asInt()).isEqualTo(2);
    assertThat(first.get("kind").asString()).isEqualTo("person");
    assertThat(first.get("start").asInt()).isEqualTo(7);
    assertThat(first.get("end").asInt()).isEqualTo(18);
    assertThat(JsonMapper.builder().build().readTree(lines[1]).get("kind").asString())
        .isEqualTo("place");
    assertThat(out.toString()).doesNotContain("Maria").doesNotContain("Dayton");
  }

  @Test
  void exitsZeroAndPrintsNothingForCleanText() throws IOException {
    Path file = Files.writeString(dir.resolve("clean.txt"), "Coherence is judged by coders.\n");
    assertThat(run("phi-check", file.toString())).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void exitsTwoForAUsageError() {
    assertThat(run("phi-check")).isEqualTo(2);
    assertThat(run("phi-check", dir.resolve("missing.txt").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("missing.txt");
  }
}
