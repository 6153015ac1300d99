package org.securebase.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.securebase.app.demo.DemoWorkspace;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the SecureBase web server.",
      "The data folder (embedded database and key files) is SECUREBASE_DATA, by default"
          + " ./securebase-data. Set SECUREBASE_DB_URL, SECUREBASE_DB_USER and"
          + " SECUREBASE_DB_PASSWORD to use PostgreSQL instead of the embedded database.",
      "Spring options pass through, for example --server.port=9090."
    })
public class ServeCommand implements java.util.concurrent.Callable<Integer> {

  @Option(
      names = "--demo",
      description =
          "Seed a demo workspace (synthetic people, one login per role) into an empty database.")
  boolean demo;

  @Unmatched List<String> springArgs = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    ConfigurableApplicationContext context = ApplicationContexts.startServer(springArgs, demo);
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    int port =
        context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
    System.out.println();
    System.out.println("SecureBase is running at http://localhost:" + port + "/");
    if (demo && context.containsBean("demoWorkspace")) {
      context.getBean(DemoWorkspace.class).printLogins(System.out);
    }
    System.out.println("Stop it with Ctrl+C.");
    closed.await();
    return 0;
  }
}
