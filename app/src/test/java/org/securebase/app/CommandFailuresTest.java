package org.securebase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.app.crypto.KeyProblemException;
import picocli.CommandLine;

/** Every command fails with one sentence and an exit code, never a Java stack trace. */
class CommandFailuresTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine line = SecureBaseCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    int exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static void assertNoStackTrace(String text) {
    assertThat(text)
        .doesNotContain("\tat ")
        .doesNotContain("Exception:")
        .doesNotContain("Caused by");
  }

  /** Every command but serve, which passes options it does not know on to Spring. */
  static List<String> everyCommandButServe() {
    return CommandLineTest.everyCommand().stream().filter(c -> !c.equals("serve")).toList();
  }

  @ParameterizedTest
  @MethodSource("everyCommandButServe")
  void anUnknownOptionIsOneSentenceAndExitTwo(String path) {
    Run run = run((path + " --no-such-option").split(" "));

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("securebase " + path + ": ")
        .containsAnyOf("--no-such-option", "Missing required")
        .contains("--help");
    assertThat(run.err().lines().count()).isLessThanOrEqualTo(2);
    assertNoStackTrace(run.err());
  }

  @Nested
  class Score {

    @Test
    void anAnswerKeyTheInstrumentDoesNotHaveIsOneSentenceAndExitTwo() throws Exception {
      Path file = dir.resolve("answers.json");
      Files.writeString(file, "{\"1\": 3, \"no-such-item\": 4}");

      Run run = run("score", "--instrument", "ecr-r", file.toString());

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("no-such-item");
      assertThat(run.err().strip().lines().count()).isEqualTo(1);
      assertNoStackTrace(run.err());
    }

    @Test
    void aMissingFileIsOneSentenceAndExitTwo() {
      Run run = run("score", "--instrument", "ecr-r", dir.resolve("none.json").toString());

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("none.json");
      assertNoStackTrace(run.err());
    }
  }

  @Test
  void analyzeNamesAMissingTranscriptWithoutAStackTrace() {
    Run run = run("analyze", dir.resolve("none.txt").toString());

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("none.txt");
    assertNoStackTrace(run.err());
  }

  @Test
  void evaluateNamesAMissingCorpusWithoutAStackTrace() {
    Run run = run("evaluate", dir.resolve("no-corpus").toString());

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("no-corpus");
    assertNoStackTrace(run.err());
  }

  @Test
  void phiCheckNamesAMissingFileWithoutAStackTrace() {
    Run run = run("phi-check", dir.resolve("none.md").toString());

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("none.md");
    assertNoStackTrace(run.err());
  }

  @Test
  void practiceScriptNamesAMissingFileWithoutAStackTrace() {
    Run run = run("practice", "script", dir.resolve("none.json").toString());

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("none.json");
    assertNoStackTrace(run.err());
  }

  @Test
  void auditVerifyOnAMissingHeadIsOneSentence() {
    Run run = run("audit", "verify", "--head", dir.resolve("head.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertNoStackTrace(run.err());
  }

  @Nested
  class Explained {

    @Test
    void aDataFolderHeldByAnotherProcessIsExitOneInOneSentence() {
      var locked =
          new IllegalStateException(
              "Failed to initialize pool",
              new SQLException(
                  "Database may be already in use: \"/data/db/securebase.mv.db\"."
                      + " Possible solutions: close all other connection(s); use the server mode"
                      + " [90020-240]\nmore",
                  "90020",
                  90020));

      CommandFailures.Failure failure = CommandFailures.explain(locked);

      assertThat(failure.exitCode()).isEqualTo(1);
      assertThat(failure.sentence()).startsWith("Another SecureBase process").doesNotContain("\n");
    }

    @Test
    void aKeyProblemGivesTheProblemAndWhatToDo() {
      var failure =
          CommandFailures.explain(
              new RuntimeException(
                  new KeyProblemException("No key files in /k.", "Set SECUREBASE_KEYS.")));

      assertThat(failure.exitCode()).isEqualTo(1);
      assertThat(failure.sentence()).isEqualTo("No key files in /k. Set SECUREBASE_KEYS.");
    }

    @Test
    void somethingUnforeseenStillSaysWhatInOneLine() {
      var failure = CommandFailures.explain(new NullPointerException("x was null\nsecond line"));

      assertThat(failure.exitCode()).isEqualTo(1);
      assertThat(failure.sentence())
          .contains("NullPointerException: x was null")
          .contains("SECUREBASE_TRACE")
          .doesNotContain("second line");
    }
  }
}
