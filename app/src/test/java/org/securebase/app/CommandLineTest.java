package org.securebase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CommandLineTest {

  static List<String> everyCommand() {
    return commandsUnder(SecureBaseCommand.commandLine(), "");
  }

  private static List<String> commandsUnder(CommandLine line, String prefix) {
    List<String> names = new java.util.ArrayList<>();
    for (var e : line.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      String path = (prefix + " " + e.getKey()).strip();
      names.add(path);
      names.addAll(commandsUnder(e.getValue(), path));
    }
    return names;
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void everySubcommandAnswersHelp(String path) {
    CommandLine line = SecureBaseCommand.commandLine();
    StringWriter out = new StringWriter();
    line.setOut(new PrintWriter(out));
    String[] args = (path + " --help").split(" ");

    int exit = line.execute(args);

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("Usage: securebase " + path);
  }

  @org.junit.jupiter.api.Test
  void listsTheFoundationCommands() {
    assertThat(everyCommand()).contains("serve", "user", "user add", "audit", "audit verify");
  }

  @org.junit.jupiter.api.Test
  void resolvesTheDataFolderToAnAbsolutePathBeforeAnyCommandRuns() {
    String before = System.clearProperty("securebase.data");
    try {
      SecureBaseCommand.resolveDataFolder();
      String resolved = System.getProperty("securebase.data");
      assertThat(java.nio.file.Path.of(resolved)).isAbsolute();
      if (System.getenv("SECUREBASE_DATA") == null) {
        assertThat(resolved)
            .isEqualTo(java.nio.file.Path.of("securebase-data").toAbsolutePath().toString());
      }
    } finally {
      if (before == null) {
        System.clearProperty("securebase.data");
      } else {
        System.setProperty("securebase.data", before);
      }
    }
  }
}
