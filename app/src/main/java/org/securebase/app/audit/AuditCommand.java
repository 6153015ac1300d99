package org.securebase.app.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.app.ApplicationContexts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Works with the audit trail.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class})
public class AuditCommand implements Runnable {

  /** Exit code of a usage problem, as picocli gives for a wrong option. */
  static final int USAGE = 2;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Verifies the audit trail: every event's MAC (sealed or not), the sealed order without"
            + " gaps, and the Merkle tree against every stored tree head.",
        "With --head, also against a head exported earlier (securebase audit head), which"
            + " catches a trail rewound together with its stored heads.",
        "Exit codes: 0 intact, 1 broken (each problem is printed), 2 usage."
      })
  static class Verify implements Callable<Integer> {

    @Option(
        names = "--head",
        paramLabel = "FILE",
        description = "A tree head exported with securebase audit head.")
    Path headFile;

    @Override
    public Integer call() {
      TreeHead exported = null;
      if (headFile != null) {
        try {
          exported = TreeHead.fromJson(Files.readString(headFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
          System.err.println(
              "No readable head file at "
                  + headFile
                  + ": export one first with securebase audit head > FILE.");
          return USAGE;
        } catch (IllegalArgumentException e) {
          System.err.println(
              "The file " + headFile + " is not an exported tree head: " + e.getMessage() + ".");
          return USAGE;
        }
      }
      try (ConfigurableApplicationContext context = ApplicationContexts.startOffline()) {
        AuditChain.Verification v = context.getBean(AuditChain.class).verify(exported);
        if (v.intact()) {
          System.out.println(
              "Audit trail intact: "
                  + v.rowsChecked()
                  + " events verified ("
                  + v.sealed()
                  + " sealed, "
                  + v.pending()
                  + " not sealed yet)"
                  + (headFile == null ? "." : ", consistent with the head in " + headFile + "."));
          return 0;
        }
        System.out.println("Audit trail BROKEN (" + v.rowsChecked() + " events read):");
        v.problems().forEach(p -> System.out.println("  - " + p));
        return 1;
      }
    }
  }

  @Command(
      name = "head",
      mixinStandardHelpOptions = true,
      description = {
        "Seals the events not sealed yet and prints the signed tree head over every committed"
            + " event, as JSON. Keep it outside the database (for an auditor); later,"
            + " securebase audit verify --head FILE proves the trail was not rewound past it."
      })
  static class Head implements Callable<Integer> {
    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = ApplicationContexts.startOffline()) {
        System.out.println(context.getBean(AuditSealer.class).sealAndHead().toJson());
        return 0;
      }
    }
  }
}
