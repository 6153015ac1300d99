package org.securebase.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.RequiredTool;

/**
 * Kills a running SecureBase server with SIGKILL while four writers stream new client records
 * through the JSON API, then checks that the database opens, the audit chain verifies (with the
 * {@code audit verify} command) and every write that was acknowledged with a 201 is there after a
 * restart on the same data folder. Embedded H2 in the H2 pass; a fresh PostgreSQL database in the
 * PostgreSQL pass.
 */
class CrashSafetyIT {

  private static final String PASSWORD = "crash-test-password-42";
  private static final int ACKS_BEFORE_KILL = 40;

  @Test
  void everyAcknowledgedWriteSurvivesSigkillOnTheEmbeddedDatabase() throws Exception {
    Assumptions.assumeTrue(
        IntegrationTest.database().equals("h2"), "the embedded-database case runs in the H2 pass");
    crashAndRecover(null);
  }

  @Test
  void everyAcknowledgedWriteSurvivesSigkillOnPostgresql() throws Exception {
    RequiredTool.postgresqlPass();
    try (ScratchDatabase db = ScratchDatabase.create("crash")) {
      crashAndRecover(db);
    }
  }

  private void crashAndRecover(ScratchDatabase postgres) throws Exception {
    Path work = Files.createTempDirectory("securebase-crash-");
    AppProcess app = new AppProcess(work.resolve("data"), postgres);
    assertThat(
            app.run(
                "user-add",
                PASSWORD + "\n",
                "user",
                "add",
                "--username",
                "crash-clinician",
                "--role",
                "CLINICIAN",
                "--password-stdin"))
        .as("user add")
        .isZero();

    int port = AppProcess.freePort();
    String base = "http://127.0.0.1:" + port;
    Process server = app.serve("serve-1", port);
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger sent = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    try {
      for (int w = 0; w < 4; w++) {
        WebUser web = new WebUser(base);
        assertThat(web.signIn("crash-clinician", PASSWORD)).isEqualTo(302);
        web.fetchCsrfToken("/clients/new");
        writers.submit(
            () -> {
              // Bounded: at most 2,000 writes per writer; the server is killed long before.
              for (int i = 0; i < 2000 && !stop.get(); i++) {
                String name = "Crash-" + sent.incrementAndGet();
                try {
                  HttpResponse<String> r =
                      web.postJson(
                          "/api/clients",
                          "{\"displayName\":\""
                              + name
                              + "\",\"startDate\":\"2025-01-01\",\"referralNote\":\"note of "
                              + name
                              + "\"}");
                  if (r.statusCode() == 201) {
                    acknowledged.put(WebUser.field(r.body(), "id"), name);
                  }
                } catch (Exception connectionGone) {
                  return null; // the server was killed mid-request: not acknowledged
                }
              }
              return null;
            });
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acknowledged.size() < ACKS_BEFORE_KILL && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(acknowledged.size()).as("writes acknowledged before the kill").isPositive();
      // SIGKILL on Linux: no shutdown hook, no connection-pool close, no database close.
      server.destroyForcibly();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
      stop.set(true);
    } finally {
      writers.shutdown();
      writers.awaitTermination(30, TimeUnit.SECONDS);
      if (server.isAlive()) {
        server.destroyForcibly();
      }
    }
    assertThat(server.exitValue()).as("killed by signal 9").isEqualTo(137);

    // The database opens after the crash and the audit chain verifies.
    assertThat(app.run("audit-verify", null, "audit", "verify")).as("audit verify").isZero();
    assertThat(app.log("audit-verify")).contains("Audit trail intact");

    // Restart on the same data folder: every acknowledged write is there, with its content.
    Process again = app.serve("serve-2", port);
    try {
      WebUser web = new WebUser(base);
      assertThat(web.signIn("crash-clinician", PASSWORD)).isEqualTo(302);
      String list = web.get("/api/clients").body();
      for (var ack : acknowledged.entrySet()) {
        assertThat(list).contains(ack.getKey());
      }
      for (String id : List.copyOf(acknowledged.keySet()).subList(0, 5)) {
        HttpResponse<String> one = web.get("/api/clients/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("note of " + acknowledged.get(id));
      }
      System.out.println(
          "CrashSafetyIT: "
              + acknowledged.size()
              + " acknowledged of "
              + sent.get()
              + " sent before SIGKILL; all present after restart ("
              + (postgres == null ? "H2" : "PostgreSQL")
              + ").");
    } finally {
      again.destroy();
      again.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
