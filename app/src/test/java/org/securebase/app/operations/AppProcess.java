package org.securebase.app.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code securebase} command as a separate operating-system process, the way it is
 * deployed: {@code java -jar target/securebase.jar ...} (the jar exists when failsafe runs, after
 * {@code package}), or, when the jar is missing (an IDE run), the test class path with the same
 * main class. Output goes to a log file in the data folder.
 */
final class AppProcess {

  private final Map<String, String> env = new HashMap<>();
  private final Path logFolder;

  /** The environment every command gets: the data folder, and a database when one is given. */
  AppProcess(Path dataFolder, ScratchDatabase postgres) {
    this.logFolder = dataFolder.getParent();
    env.put("SECUREBASE_DATA", dataFolder.toString());
    if (postgres != null) {
      env.put("SECUREBASE_DB_URL", postgres.url);
      env.put("SECUREBASE_DB_USER", postgres.user);
      env.put("SECUREBASE_DB_PASSWORD", postgres.password);
    }
  }

  static List<String> javaCommand() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-XX:TieredStopAtLevel=1");
    Path jar = Paths.get("target", "securebase.jar");
    if (Files.isRegularFile(jar)) {
      cmd.add("-jar");
      cmd.add(jar.toAbsolutePath().toString());
    } else {
      String cp =
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      cmd.add("-cp");
      cmd.add(cp);
      cmd.add("org.securebase.app.SecureBaseCommand");
    }
    return cmd;
  }

  /** Starts {@code securebase args...}; the caller waits for it or kills it. */
  Process start(String logName, String stdin, String... args) {
    List<String> cmd = javaCommand();
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(logFolder.resolve(logName + ".log").toFile());
    try {
      Process p = pb.start();
      if (stdin != null) {
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      p.getOutputStream().close();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command to its end and returns its exit code; fails after two minutes. */
  int run(String logName, String stdin, String... args) throws InterruptedException {
    Process p = start(logName, stdin, args);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(logName + " did not finish in two minutes");
    }
    return p.exitValue();
  }

  String log(String logName) throws IOException {
    return Files.readString(logFolder.resolve(logName + ".log"));
  }

  /** Starts {@code securebase serve} on the port and waits until /actuator/health answers UP. */
  Process serve(String logName, int port) throws Exception {
    Process p = start(logName, null, "serve", "--server.port=" + port);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("The server stopped while starting:\n" + log(logName));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return p;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    p.destroyForcibly();
    throw new IllegalStateException("The server did not become healthy in two minutes");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
