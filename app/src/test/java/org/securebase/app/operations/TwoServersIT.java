package org.securebase.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.securebase.app.BrowserSupport;
import org.securebase.app.IntegrationTest;
import org.securebase.app.RequiredTool;
import org.securebase.app.SecureBaseApplication;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditChain;
import org.securebase.app.audit.AuditSealer;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two SecureBase servers (two Spring applications on their own random ports, in this JVM) against
 * one fresh PostgreSQL database, sharing one key folder, as two nodes behind a load balancer would.
 *
 * <p>Runs in the PostgreSQL pass of the integration tests (SECUREBASE_TEST_PG_URL set); skipped,
 * with a message, otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersIT {

  private ScratchDatabase database;
  private ConfigurableApplicationContext serverA;
  private ConfigurableApplicationContext serverB;
  private String urlA;
  private String urlB;

  private final boolean run =
      ScratchDatabase.available() && IntegrationTest.database().equals("postgres");

  @BeforeAll
  void startTwoServers() throws Exception {
    if (!run) {
      System.out.println(
          "TwoServersIT SKIPPED: it needs PostgreSQL and runs in the PostgreSQL pass"
              + " (set SECUREBASE_TEST_PG_URL, SECUREBASE_TEST_PG_USER).");
      return;
    }
    database = ScratchDatabase.create("two_servers");
    Path keys = Files.createTempDirectory("securebase-two-servers-keys-");
    Files.delete(keys); // the first server creates it, owner-only, with the keys inside
    serverA = start("a", keys);
    serverB = start("b", keys);
    urlA = "http://127.0.0.1:" + port(serverA);
    urlB = "http://127.0.0.1:" + port(serverB);
  }

  @BeforeEach
  void onlyWithPostgresql() {
    RequiredTool.postgresqlPass();
  }

  private ConfigurableApplicationContext start(String name, Path keys) throws Exception {
    Path data = Files.createTempDirectory("securebase-server-" + name + "-");
    return new SpringApplicationBuilder(SecureBaseApplication.class)
        .run(
            "--server.port=0",
            "--securebase.data=" + data,
            "--securebase.keys.dir=" + keys,
            "--spring.datasource.url=" + database.url,
            "--spring.datasource.username=" + database.user,
            "--spring.datasource.password=" + database.password,
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @AfterAll
  void stopServers() throws Exception {
    if (serverA != null) {
      serverA.close();
    }
    if (serverB != null) {
      serverB.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aPersonSignedInOnOneServerContinuesOnTheOtherWithTheSameCookie() throws Exception {
    TestWorkspace workspace = new TestWorkspace(serverA);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    var client = workspace.clientOf(clinician, "Synthetic note, two servers.");
    WebUser web = new WebUser(urlA);

    assertThat(web.signIn(clinician.username(), TestWorkspace.PASSWORD)).isEqualTo(302);
    String cookie = web.sessionCookie();
    assertThat(cookie).isNotNull();
    assertThat(web.get("/clients").statusCode()).isEqualTo(200);

    web.at(urlB);
    HttpResponse<String> onB = web.get("/clients");
    assertThat(onB.statusCode()).isEqualTo(200);
    assertThat(onB.body()).contains(client.displayName());
    HttpResponse<String> chartOnB = web.get("/api/clients/" + client.id());
    assertThat(chartOnB.statusCode()).isEqualTo(200);
    assertThat(chartOnB.body()).contains("Synthetic note, two servers.");
    assertThat(web.sessionCookie()).isEqualTo(cookie);

    // A CSRF token issued by B is honoured by A: it lives in the shared session too.
    web.fetchCsrfToken("/clients/new");
    web.at(urlA);
    HttpResponse<String> createdOnA =
        web.postJson(
            "/api/clients", "{\"displayName\":\"Made on A\",\"startDate\":\"2025-02-01\"}");
    assertThat(createdOnA.statusCode()).isEqualTo(201);

    // Signing out on B ends the session on A as well.
    web.at(urlB);
    assertThat(web.postJson("/logout", "{}").statusCode()).isEqualTo(302);
    web.at(urlA);
    assertThat(web.get("/api/clients").statusCode()).isEqualTo(401);
  }

  @Test
  void inABrowserSignedInOnServerAThePagesOfServerBOpen() {
    TestWorkspace workspace = new TestWorkspace(serverB);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    var client = workspace.clientOf(clinician, "Synthetic note seen through server B.");
    try (BrowserSupport browser = BrowserSupport.open(port(serverA))) {
      Page page = browser.newPage(false);
      browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
      assertThat(page.url()).isEqualTo(browser.url("/clients"));

      // Same browser, same cookie (cookies are per host, not per port), the other server.
      page.navigate("http://localhost:" + port(serverB) + "/clients");
      assertThat(page.url()).endsWith(port(serverB) + "/clients");
      page.getByText(client.displayName()).click();
      assertThat(page.getByText("Synthetic note seen through server B.").isVisible()).isTrue();
      browser.screenshot(page, "two-servers-client-page-on-b");
    }
  }

  @Test
  void theScheduledJobFiresOnceWhenBothServersTriggerItAtTheSameMoment() throws Exception {
    JdbcClient jdbc = serverA.getBean(JdbcClient.class);
    long before = runsOfTheCheck(jdbc);
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<Void>> fires = new ArrayList<>();
    for (ConfigurableApplicationContext server : List.of(serverA, serverB)) {
      AuditChainCheck check = server.getBean(AuditChainCheck.class);
      fires.add(
          () -> {
            go.await();
            check.run();
            return null;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (Callable<Void> fire : fires) {
        done.add(pool.submit(fire));
      }
      go.countDown();
      for (Future<Void> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(runsOfTheCheck(jdbc)).isEqualTo(before + 1);
    String ranOn =
        jdbc.sql("SELECT server FROM job_run WHERE job_name = :j")
            .param("j", AuditChainCheck.JOB)
            .query(String.class)
            .single();
    assertThat(ranOn)
        .isIn(
            serverA.getBean(ServerIdentity.class).name(),
            serverB.getBean(ServerIdentity.class).name());
  }

  private static long runsOfTheCheck(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM job_run WHERE job_name = :j")
        .param("j", AuditChainCheck.JOB)
        .query(Long.class)
        .single();
  }

  @Test
  void concurrentEditsOfOneRecordOnTheTwoServersGiveOneSuccessAndOne409() throws Exception {
    SignedInUser clinician = new TestWorkspace(serverA).person(Role.CLINICIAN);
    WebUser onA = new WebUser(urlA);
    WebUser onB = new WebUser(urlB);
    assertThat(onA.signIn(clinician.username(), TestWorkspace.PASSWORD)).isEqualTo(302);
    assertThat(onB.signIn(clinician.username(), TestWorkspace.PASSWORD)).isEqualTo(302);
    onA.fetchCsrfToken("/clients/new");
    onB.fetchCsrfToken("/clients/new");
    HttpResponse<String> created =
        onA.postJson(
            "/api/clients",
            "{\"displayName\":\"Shared\",\"startDate\":\"2025-02-01\",\"referralNote\":\"first\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    UUID id = UUID.fromString(WebUser.field(created.body(), "id"));
    String version = WebUser.field(onB.get("/api/clients/" + id).body(), "version");

    for (int r = 0; r < 5; r++) {
      int round = r;
      int base = Integer.parseInt(version);
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<HttpResponse<String>> editA =
          pool.submit(() -> edit(go, onA, id, "edit from A, round " + round, base));
      Future<HttpResponse<String>> editB =
          pool.submit(() -> edit(go, onB, id, "edit from B, round " + round, base));
      go.countDown();
      HttpResponse<String> a = editA.get();
      HttpResponse<String> b = editB.get();
      pool.shutdown();

      assertThat(List.of(a.statusCode(), b.statusCode())).containsExactlyInAnyOrder(200, 409);
      HttpResponse<String> winner = a.statusCode() == 200 ? a : b;
      String winnerNote = a.statusCode() == 200 ? "A" : "B";
      HttpResponse<String> now = onA.get("/api/clients/" + id);
      assertThat(now.body())
          .contains("edit from " + winnerNote + ", round " + round)
          .isEqualTo(winner.body());
      version = WebUser.field(now.body(), "version");
      assertThat(Integer.parseInt(version)).isEqualTo(base + 1);
    }

    // Both servers appended to the one audit trail while racing: the chain still holds.
    AuditChain.Verification v = serverB.getBean(AuditChain.class).verify();
    assertThat(v.problems()).isEmpty();
  }

  @Test
  void concurrentAuditedRequestsOnBothServersGiveOneTrailWithoutGapsOrDuplicates()
      throws Exception {
    TestWorkspace workspace = new TestWorkspace(serverA);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    var client = workspace.clientOf(clinician, "Synthetic note, audited from two servers.");
    JdbcClient jdbc = serverA.getBean(JdbcClient.class);
    String record = client.id().toString();
    long readsBefore = readsOf(jdbc, record);

    int users = 6;
    int requestsEach = 20;
    ExecutorService pool = Executors.newFixedThreadPool(users + 2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> readers = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      WebUser web = new WebUser(urlA);
      assertThat(web.signIn(clinician.username(), TestWorkspace.PASSWORD)).isEqualTo(302);
      readers.add(pool.submit(() -> readAlternating(go, web, record, requestsEach)));
    }
    // Both servers seal while the requests run, as their scheduled jobs would.
    List<Future<Long>> sealers = new ArrayList<>();
    for (ConfigurableApplicationContext server : List.of(serverA, serverB)) {
      sealers.add(pool.submit(() -> sealWhile(go, server.getBean(AuditSealer.class), readers)));
    }
    go.countDown();
    int ok = 0;
    for (Future<Integer> r : readers) {
      ok += r.get();
    }
    for (Future<Long> s : sealers) {
      s.get();
    }
    pool.shutdown();
    serverB.getBean(AuditSealer.class).sealPending();

    assertThat(ok).isEqualTo(users * requestsEach);
    assertThat(readsOf(jdbc, record) - readsBefore).isEqualTo(users * requestsEach);
    var shape =
        jdbc.sql(
                "SELECT COUNT(*) AS n, COUNT(DISTINCT seq) AS places, MIN(seq) AS first,"
                    + " MAX(seq) AS last, COUNT(DISTINCT id) AS ids FROM audit_event")
            .query()
            .singleRow();
    long n = ((Number) shape.get("n")).longValue();
    assertThat(((Number) shape.get("places")).longValue()).isEqualTo(n);
    assertThat(((Number) shape.get("ids")).longValue()).isEqualTo(n);
    assertThat(((Number) shape.get("first")).longValue()).isEqualTo(1);
    assertThat(((Number) shape.get("last")).longValue()).isEqualTo(n);
    AuditChain.Verification v = serverA.getBean(AuditChain.class).verify();
    assertThat(v.problems()).isEmpty();
    assertThat(v.pending()).isZero();
    assertThat(v.sealed()).isEqualTo(n);
  }

  private Integer readAlternating(CountDownLatch go, WebUser web, String record, int requests)
      throws Exception {
    go.await();
    int ok = 0;
    for (int i = 0; i < requests; i++) {
      web.at(i % 2 == 0 ? urlA : urlB);
      if (web.get("/api/clients/" + record).statusCode() == 200) {
        ok++;
      }
    }
    return ok;
  }

  private static Long sealWhile(
      CountDownLatch go, AuditSealer sealer, List<Future<Integer>> readers) throws Exception {
    go.await();
    long sealed = 0;
    while (readers.stream().anyMatch(r -> !r.isDone())) {
      sealed += sealer.sealPending();
      Thread.sleep(20);
    }
    return sealed;
  }

  private static long readsOf(JdbcClient jdbc, String record) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_event WHERE record_type = 'client' AND record_id = :r"
                + " AND action = 'READ'")
        .param("r", record)
        .query(Long.class)
        .single();
  }

  private static HttpResponse<String> edit(
      CountDownLatch go, WebUser web, UUID id, String note, int version) throws Exception {
    go.await();
    return web.putJson(
        "/api/clients/" + id,
        "{\"displayName\":\"Shared\",\"startDate\":\"2025-02-01\",\"referralNote\":\""
            + note
            + "\",\"version\":"
            + version
            + "}");
  }
}
