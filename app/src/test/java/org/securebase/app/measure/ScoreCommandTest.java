package org.securebase.app.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.app.SecureBaseCommand;
import picocli.CommandLine;

class ScoreCommandTest {

  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine line = SecureBaseCommand.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  @Test
  void scoresRfq8WithoutSpring() throws Exception {
    Path file = dir.resolve("rfq.json");
    // Items 1-6 all 1: certainty recodes 1 -> 3; uncertainty items 2,4,5,6,8 recode 1 -> 0 and
    // item 7 answered 7 recodes to 0.
    Files.writeString(
        file, "{\"answers\": {\"1\":1,\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":7,\"8\":1}}");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = run(out, err, "score", "--instrument", "rfq-8", file.toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("rfq-8 version").contains("certainty").contains("3.000");
    assertThat(out.toString()).contains("uncertainty").contains("0.000");
  }

  @Test
  void namesTheItemOfAnAnswerOutOfRange() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"1\": 9}");
    StringWriter err = new StringWriter();

    int exit = run(new StringWriter(), err, "score", "--instrument", "ecr-r", file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("item '1'").contains("1..7");
  }
}
