package org.securebase.app;

import java.nio.file.Path;
import org.securebase.app.account.UserCommand;
import org.securebase.app.audit.AuditCommand;
import org.securebase.app.discourse.AnalyzeCommand;
import org.securebase.app.operations.BackupCommand;
import org.securebase.app.operations.RestoreCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code securebase} command line: the one entry point of the executable jar.
 *
 * <p>Subcommands that need the database start Spring themselves; subcommands that run the core
 * (analysis, scoring) do not, so they start in well under a second.
 */
@Command(
    name = "securebase",
    mixinStandardHelpOptions = true,
    versionProvider = SecureBaseVersion.class,
    description = "SecureBase: a workbench for the work of earned secure attachment.",
    subcommands = {
      ServeCommand.class,
      UserCommand.class,
      AuditCommand.class,
      AnalyzeCommand.class,
      org.securebase.app.discourse.EvaluateCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      org.securebase.app.study.ExportCommand.class,
      org.securebase.app.measure.ScoreCommand.class,
      org.securebase.app.wiki.PhiCheckCommand.class,
      org.securebase.app.practice.PracticeCommand.class,
      CommandLine.HelpCommand.class
    })
public class SecureBaseCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    resolveDataFolder();
    int exit = commandLine().execute(args);
    System.exit(exit);
  }

  /**
   * Fixes the data folder as an absolute path before anything reads it. H2 refuses a database path
   * relative to the working directory, and every command (the server, backup, restore) must agree
   * on one folder: SECUREBASE_DATA, or ./securebase-data beside where the command was run.
   */
  static void resolveDataFolder() {
    if (System.getProperty("securebase.data") == null) {
      String configured = System.getenv("SECUREBASE_DATA");
      Path folder =
          Path.of(configured == null || configured.isBlank() ? "securebase-data" : configured);
      System.setProperty("securebase.data", folder.toAbsolutePath().normalize().toString());
    }
  }

  /** The command tree, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    CommandFailures failures = new CommandFailures(System.getenv("SECUREBASE_TRACE") != null);
    return new CommandLine(new SecureBaseCommand())
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
