package org.securebase.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.time.DateTimeException;
import org.securebase.app.crypto.KeyProblemException;
import picocli.CommandLine;

/**
 * How every {@code securebase} command fails: one sentence on standard error, never a Java stack
 * trace, and an exit code a script can act on.
 *
 * <p>Exit 2: what was given to the command is wrong (an unknown option, a file that is not there,
 * an answer key the instrument does not have); run it again with other input. Exit 1: the command
 * was right but could not run here (the data folder is in use by another process, the keys are
 * missing, the database is unreachable); fix the deployment. Setting {@code SECUREBASE_TRACE=1}
 * prints the stack trace as well, for a developer.
 */
final class CommandFailures
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  static final int BROKEN_INPUT = 2;
  static final int CANNOT_RUN = 1;

  /** H2's error code for a database file that another process holds open. */
  private static final int H2_DATABASE_IN_USE = 90020;

  /** H2's error code for a database file locked by another process (file lock). */
  private static final int H2_FILE_LOCKED = 90135;

  private final boolean trace;

  CommandFailures(boolean trace) {
    this.trace = trace;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(prefix(line) + oneLine(e.getMessage()));
    err.println("Run " + line.getCommandSpec().qualifiedName() + " --help for its options.");
    err.flush();
    return BROKEN_INPUT;
  }

  @Override
  public int handleExecutionException(
      Exception e, CommandLine line, CommandLine.ParseResult parseResult) {
    Failure failure = explain(e);
    PrintWriter err = line.getErr();
    err.println(prefix(line) + failure.sentence());
    if (trace) {
      e.printStackTrace(err);
    }
    err.flush();
    return failure.exitCode();
  }

  /** The sentence and exit code for a failure, from the most telling exception in its chain. */
  static Failure explain(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof KeyProblemException key) {
        return new Failure(oneLine(key.getMessage()) + " " + oneLine(key.action()), CANNOT_RUN);
      }
      if (t instanceof SQLException sql && inUse(sql)) {
        return new Failure(
            "Another SecureBase process (a running server, a backup or another command) has the"
                + " data folder "
                + System.getProperty("securebase.data", "securebase-data")
                + " open. Stop it, or wait until it ends, and run this command again.",
            CANNOT_RUN);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoSuchFileException missing) {
        return new Failure("There is no file " + missing.getFile() + ".", BROKEN_INPUT);
      }
      if (t instanceof AccessDeniedException denied) {
        return new Failure("The file " + denied.getFile() + " cannot be read.", CANNOT_RUN);
      }
      if (t instanceof IllegalArgumentException || t instanceof DateTimeException) {
        return new Failure(sentence(t.getMessage(), "The input is not valid here."), BROKEN_INPUT);
      }
      if (t instanceof IOException io) {
        return new Failure(
            sentence(io.getMessage(), "A file could not be read or written."), CANNOT_RUN);
      }
      if (t instanceof SQLException sql) {
        return new Failure(
            "The database could not be used: " + sentence(sql.getMessage(), "no reason given."),
            CANNOT_RUN);
      }
    }
    return new Failure(
        "The command failed ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
            + "). Set SECUREBASE_TRACE=1 to see where.",
        CANNOT_RUN);
  }

  private static boolean inUse(SQLException e) {
    return e.getErrorCode() == H2_DATABASE_IN_USE
        || e.getErrorCode() == H2_FILE_LOCKED
        || (e.getMessage() != null && e.getMessage().contains("Database may be already in use"));
  }

  private static String prefix(CommandLine line) {
    return line.getCommandSpec().qualifiedName() + ": ";
  }

  private static String sentence(String message, String fallback) {
    if (message == null || message.isBlank()) {
      return fallback;
    }
    String line = oneLine(message);
    return line.endsWith(".") ? line : line + ".";
  }

  /** The first line of a message, trimmed: H2 and Spring append SQL and details on later lines. */
  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String first = message.strip().lines().findFirst().orElse("");
    // H2 appends " [90020-240]" codes; the reader needs the words, not the code.
    return first.replaceAll("\\s*\\[\\d+-\\d+]$", "").strip();
  }

  /** What a failed command prints, and the exit code it returns. */
  record Failure(String sentence, int exitCode) {}
}
