package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 100,000 participants x 100 variables go through the export in a JVM whose heap is 64 MB. The 10
 * million values would need several hundred megabytes if the writer kept them, so finishing at all
 * shows that memory stays bounded; nothing here is timed.
 */
class ExportVolumeTest {

  @Test
  void exportsOneHundredThousandParticipantsByOneHundredVariablesInA64MbHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process run =
        new ProcessBuilder(
                java.toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                ExportVolumeRun.class.getName(),
                "100000",
                "100")
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    run.waitFor(10, TimeUnit.MINUTES);

    assertThat(run.exitValue()).as(output).isZero();
    List<String> lines = output.lines().toList();
    assertThat(lines).contains("rows 100000", "max-heap-mb " + maxHeap(lines));
    assertThat(maxHeap(lines)).isLessThanOrEqualTo(64);
  }

  private static int maxHeap(List<String> lines) {
    return lines.stream()
        .filter(l -> l.startsWith("max-heap-mb "))
        .mapToInt(l -> Integer.parseInt(l.substring("max-heap-mb ".length())))
        .findFirst()
        .orElse(Integer.MAX_VALUE);
  }
}
