package org.securebase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one H2 data folder: the second says so in a sentence and exits 1, never with a
 * stack trace. The first process is this test, holding the database open; the second is a real
 * {@code securebase} process started on the same folder.
 */
class DataFolderInUseIT {

  @TempDir Path data;

  record Outcome(int exit, String output) {}

  private Outcome secondProcess(String... command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    args.add("-cp");
    args.add(System.getProperty("java.class.path"));
    args.add(SecureBaseCommand.class.getName());
    args.addAll(List.of(command));
    Path log = data.resolve("second-process.log");
    ProcessBuilder builder =
        new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SECUREBASE_DATA", data.toString());
    builder.environment().remove("SECUREBASE_DB_URL");
    builder.environment().remove("SECUREBASE_TRACE");
    Process p = builder.start();
    p.getOutputStream().close();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the second process did not end: " + Files.readString(log));
    }
    return new Outcome(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private Connection holdTheDatabase() throws Exception {
    Files.createDirectories(data.resolve("db"));
    return DriverManager.getConnection(
        "jdbc:h2:file:" + data.resolve("db/securebase") + ";MODE=PostgreSQL", "sa", "");
  }

  @Test
  @SuppressWarnings("try") // the connection is held open on purpose, never used
  void aSecondCommandOnAHeldDataFolderSaysSoInOneSentence() throws Exception {
    try (Connection held = holdTheDatabase()) {
      Outcome second = secondProcess("audit", "verify");

      assertThat(second.exit()).as(second.output()).isEqualTo(1);
      assertThat(second.output())
          .contains("Another SecureBase process")
          .doesNotContain("\tat ")
          .doesNotContain("Caused by");
    }
  }

  @Test
  @SuppressWarnings("try") // the connection is held open on purpose, never used
  void aSecondServerOnAHeldDataFolderSaysSoWithoutAStackTrace() throws Exception {
    try (Connection held = holdTheDatabase()) {
      Outcome second = secondProcess("serve", "--server.port=0");

      assertThat(second.exit()).as(second.output()).isEqualTo(1);
      assertThat(second.output())
          .contains("Another SecureBase process")
          .doesNotContain("\tat ")
          .doesNotContain("Caused by");
    }
  }
}
