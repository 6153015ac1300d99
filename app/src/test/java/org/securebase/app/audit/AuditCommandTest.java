package org.securebase.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.app.SecureBaseCommand;

class AuditCommandTest {

  @TempDir Path folder;

  private record Run(int exit, String err) {}

  private static Run verifyWithHead(Path head) {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit =
          SecureBaseCommand.commandLine().execute("audit", "verify", "--head", head.toString());
      return new Run(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }

  @Test
  void aMissingHeadFileIsAUsageErrorInOneSentence() {
    Run run = verifyWithHead(folder.resolve("no-such-head.json"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("No readable head file at ")
        .endsWith("export one first with securebase audit head > FILE.")
        .doesNotContain("Exception")
        .doesNotContain("\n");
  }

  @Test
  void aFileThatIsNotAHeadIsAUsageErrorNamingWhatIsWrong() throws Exception {
    Path notAHead = Files.writeString(folder.resolve("head.json"), "{\"treeSize\": 3}");
    Run run = verifyWithHead(notAHead);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).endsWith("is not an exported tree head: it has no \"rootHash\".");
  }
}
