package org.securebase.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Spring for the subcommands that need the database. */
public final class ApplicationContexts {

  private ApplicationContexts() {}

  /** The web server, with Spring's own arguments (for example --server.port=9090) passed on. */
  public static ConfigurableApplicationContext startServer(List<String> springArgs, boolean demo) {
    List<String> args = new ArrayList<>(springArgs);
    if (demo) {
      args.add("--securebase.demo=true");
    }
    return new SpringApplication(SecureBaseApplication.class).run(args.toArray(String[]::new));
  }

  /** The application without a web server, for commands such as {@code user add}. */
  public static ConfigurableApplicationContext startOffline(String... springArgs) {
    SpringApplication app = new SpringApplication(SecureBaseApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setLogStartupInfo(false);
    List<String> args = new ArrayList<>(Arrays.asList(springArgs));
    args.add("--logging.level.root=WARN");
    // A command that cannot start says why in one sentence (CommandFailures); Spring's own report
    // of the failure, and the pool's stack trace, would bury it.
    args.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
    args.add("--logging.level.org.springframework.boot.diagnostics=OFF");
    args.add("--logging.level.com.zaxxer.hikari=OFF");
    return app.run(args.toArray(String[]::new));
  }
}
