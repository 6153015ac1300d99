package org.securebase.app.practice;

import static org.assertj.core.api.Assertions.assertThat;

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

class PracticeCommandTest {

  static final Path EXAMPLE = Path.of("src/main/resources/samples/practice/example-inputs.json");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = SecureBaseCommand.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  @Test
  void printsTheShippedExampleAsAScriptWhereEverySentenceSaysWhyAndFromWhat() {
    int exit = run("practice", "script", EXAMPLE.toString());

    assertThat(exit).as(err.toString()).isZero();
    JsonNode script = JsonMapper.builder().build().readTree(out.toString());
    assertThat(script.get("schema").asString()).isEqualTo("securebase.practice-script/1");
    assertThat(script.get("targetSeconds").asInt()).isEqualTo(600);
    assertThat(script.get("sentences").size()).isGreaterThan(30);
    for (JsonNode s : script.get("sentences")) {
      assertThat(s.get("templateId").asString()).isNotBlank();
      assertThat(s.get("reason").asString()).isNotBlank();
      assertThat(s.get("source").asString()).matches("(\\d+|editorial)(, (\\d+|editorial))*");
      assertThat(s.get("pauseSeconds").asDouble()).isPositive();
    }
    assertThat(out.toString()).contains("pull=ANXIOUS_PROTEST");
  }

  @Test
  void theSameFileGivesTheSameScriptTwice() {
    run("practice", "script", EXAMPLE.toString());
    String first = out.toString();
    out.getBuffer().setLength(0);
    run("practice", "script", EXAMPLE.toString());
    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  void invalidInputsExitTwoNamingTheField() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, Files.readString(EXAMPLE).replace("\"minutes\": 10", "\"minutes\": 7"));

    assertThat(run("practice", "script", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("minutes").contains("5, 10 or 15");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void crisisLanguageExitsThreeWithHelpAndNoScript() throws Exception {
    Path file = dir.resolve("crisis.json");
    Files.writeString(
        file,
        Files.readString(EXAMPLE)
            .replace(
                "I want to stay steady when someone I love is upset with me.",
                "I keep thinking everyone is better off without me."));

    assertThat(run("practice", "script", file.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("988");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void audioRefusesAnUnknownFormatBeforeRendering() {
    assertThat(run("practice", "audio", EXAMPLE.toString(), "--out", "x.wav")).isEqualTo(2);
    assertThat(err.toString()).contains(".mp3 or .opus");
  }
}
