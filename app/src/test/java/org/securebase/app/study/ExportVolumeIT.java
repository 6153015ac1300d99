package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 100,000 participants x 100 variables go through the export in a JVM whose heap is capped at 64 MB
 * and which exits on the first OutOfMemoryError. The 10 million values would need several hundred
 * megabytes if the writer kept them; the control run keeps them, in the same heap, and must die, so
 * the cap is known to be tight enough to catch an export that holds the study. Nothing is timed.
 */
class ExportVolumeIT {

  @Test
  void exportsOneHundredThousandParticipantsByOneHundredVariablesInA64MbHeap() throws Exception {
    Run run = export("100000", "100");
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output().lines()).contains("rows 100000");
  }

  @Test
  void aWriterThatKeptTheValuesWouldNotFitInThatHeap() throws Exception {
    Run control = export("100000", "100", "keep");
    assertThat(control.exit()).as(control.output()).isNotZero();
    assertThat(control.output()).contains("OutOfMemoryError");
  }

  private record Run(int exit, String output) {}

  private static Run export(String... args) throws IOException, InterruptedException {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBin.toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                ExportVolumeRun.class.getName()));
    command.addAll(List.of(args));
    Process run =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    run.waitFor(10, TimeUnit.MINUTES);
    return new Run(run.exitValue(), output);
  }
}
