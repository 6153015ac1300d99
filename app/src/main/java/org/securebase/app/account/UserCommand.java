package org.securebase.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.securebase.app.ApplicationContexts;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manages accounts from the command line.",
    subcommands = {UserCommand.Add.class})
public class UserCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Opens an account: the way a new deployment gets its first administrator.",
        "The password is read from standard input (first line) or asked for interactively;"
            + " it is never taken from the command line, where other users could see it.",
        "Exit codes: 0 opened, 1 refused (the message names the field), 2 usage error."
      })
  static class Add implements Callable<Integer> {

    @ParentCommand UserCommand parent;

    @Option(names = "--username", required = true, description = "The sign-in name.")
    String username;

    @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    Role role;

    @Option(names = "--name", description = "The name shown in the app (default: the username).")
    String displayName;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    public Integer call() throws IOException {
      String password = passwordFromStdin ? readFirstLine() : prompt();
      if (password == null) {
        System.err.println("password: none was given");
        return 1;
      }
      try (ConfigurableApplicationContext context = ApplicationContexts.startOffline()) {
        Account account =
            context
                .getBean(Accounts.class)
                .open(
                    new Accounts.NewAccount(username, password, role, displayName, null),
                    "cli:" + System.getProperty("user.name"));
        System.out.println(
            "Opened "
                + account.role()
                + " account '"
                + account.username()
                + "' ("
                + account.id()
                + ").");
        return 0;
      } catch (BadInputException e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }

    private static String readFirstLine() throws IOException {
      var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      return in.readLine();
    }

    private static String prompt() {
      if (System.console() == null) {
        return null;
      }
      char[] first = System.console().readPassword("Password: ");
      char[] again = System.console().readPassword("Password again: ");
      if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
        System.err.println("The passwords did not match.");
        return null;
      }
      return new String(first);
    }
  }
}
