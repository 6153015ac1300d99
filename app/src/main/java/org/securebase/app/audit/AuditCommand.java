package org.securebase.app.audit;

import java.util.concurrent.Callable;
import org.securebase.app.ApplicationContexts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Works with the audit trail.",
    subcommands = {AuditCommand.Verify.class})
public class AuditCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Verifies the audit trail's chain: no row altered, removed or reordered.",
        "Exit codes: 0 intact, 1 broken (each problem is printed)."
      })
  static class Verify implements Callable<Integer> {
    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = ApplicationContexts.startOffline()) {
        AuditChain.Verification v = context.getBean(AuditChain.class).verify();
        if (v.intact()) {
          System.out.println("Audit trail intact: " + v.rowsChecked() + " rows verified.");
          return 0;
        }
        System.out.println("Audit trail BROKEN (" + v.rowsChecked() + " rows read):");
        v.problems().forEach(p -> System.out.println("  - " + p));
        return 1;
      }
    }
  }
}
