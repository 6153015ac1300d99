package org.securebase.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.securebase.app.IntegrationTest;
import org.securebase.app.RequiredTool;
import org.securebase.app.SecureBaseApplication;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.scheduling.SchedulingFixture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two servers, one PostgreSQL database, one slot: two people booking the same clinician's time at
 * the same moment, one through each server, get one booking and one 409. And the database itself
 * refuses an overlap written past the application's check (the exclusion constraint). Runs in the
 * PostgreSQL pass; fails under CI=true when PostgreSQL is missing, as every PostgreSQL test here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersBookingIT {

  private ScratchDatabase database;
  private ConfigurableApplicationContext serverA;
  private ConfigurableApplicationContext serverB;

  private final boolean run =
      ScratchDatabase.available() && IntegrationTest.database().equals("postgres");

  @BeforeAll
  void startTwoServers() throws Exception {
    if (!run) {
      System.out.println(
          "TwoServersBookingIT SKIPPED: it needs PostgreSQL and runs in the PostgreSQL pass.");
      return;
    }
    database = ScratchDatabase.create("two_servers_booking");
    Path keys = Files.createTempDirectory("securebase-booking-keys-");
    Files.delete(keys);
    serverA = start("a", keys);
    serverB = start("b", keys);
  }

  @BeforeEach
  void onlyWithPostgresql() {
    RequiredTool.postgresqlPass();
  }

  private ConfigurableApplicationContext start(String name, Path keys) throws Exception {
    Path data = Files.createTempDirectory("securebase-booking-" + name + "-");
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

  private static String url(ConfigurableApplicationContext context) {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @AfterAll
  void stop() throws Exception {
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
  void twoServersBookingOneSlotAtOnceGiveOneSuccessAndOne409() throws Exception {
    TestWorkspace workspace = new TestWorkspace(serverA);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    Client client = workspace.clientOf(clinician, "synthetic");
    SchedulingFixture.weekdayHours(serverA, clinician);
    WebUser onA = new WebUser(url(serverA));
    WebUser onB = new WebUser(url(serverB));
    assertThat(onA.signIn(clinician.username(), TestWorkspace.PASSWORD)).isEqualTo(302);
    assertThat(onB.signIn(clinician.username(), TestWorkspace.PASSWORD)).isEqualTo(302);
    onA.fetchCsrfToken("/clients/new");
    onB.fetchCsrfToken("/clients/new");

    LocalDate monday = SchedulingFixture.monday(1);
    for (int round = 0; round < 6; round++) {
      // Same start in even rounds; overlapping starts 20 minutes apart in odd rounds.
      String startA = monday.plusDays(round % 5) + "T" + (10 + round) + ":00";
      String startB =
          monday.plusDays(round % 5) + "T" + (10 + round) + (round % 2 == 0 ? ":00" : ":20");
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<HttpResponse<String>> a = pool.submit(() -> book(go, onA, client.id(), startA));
      Future<HttpResponse<String>> b = pool.submit(() -> book(go, onB, client.id(), startB));
      go.countDown();
      List<Integer> codes = List.of(a.get().statusCode(), b.get().statusCode());
      pool.shutdown();
      assertThat(codes).as("round %d", round).containsExactlyInAnyOrder(201, 409);
      HttpResponse<String> refused = a.get().statusCode() == 409 ? a.get() : b.get();
      assertThat(refused.body()).contains("conflictingStart");
    }
    JdbcClient jdbc = serverA.getBean(JdbcClient.class);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM appointment WHERE clinician_id = :c")
                .param("c", clinician.id())
                .query(Integer.class)
                .single())
        .isEqualTo(6);
  }

  @Test
  void theDatabaseRefusesAnOverlapWrittenPastTheCheck() {
    TestWorkspace workspace = new TestWorkspace(serverB);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    Client client = workspace.clientOf(clinician, "synthetic");
    SchedulingFixture.weekdayHours(serverB, clinician);
    SchedulingFixture.book(serverB, clinician, client.id(), SchedulingFixture.monday(3) + "T09:00");
    JdbcClient jdbc = serverB.getBean(JdbcClient.class);
    UUID id = UUID.randomUUID();
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO appointment (id, clinician_id, booked_by, client_id, type_code,"
                            + " starts_at, ends_at, time_zone, status, ical_uid, ical_sequence,"
                            + " requested_by_client, reschedule_requested, reach_out_done, version,"
                            + " created_at) SELECT :id, clinician_id, booked_by, client_id,"
                            + " type_code, starts_at + INTERVAL '30 minutes', ends_at + INTERVAL"
                            + " '30 minutes', time_zone, 'SCHEDULED', :uid, 0, FALSE, FALSE, FALSE,"
                            + " 0, created_at FROM appointment WHERE clinician_id = :c")
                    .param("id", id)
                    .param("uid", id + "@test")
                    .param("c", clinician.id())
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("ex_appointment_no_overlap");
  }

  private static HttpResponse<String> book(
      CountDownLatch go, WebUser web, UUID clientId, String start) throws Exception {
    go.await();
    return web.postJson(
        "/api/appointments",
        "{\"clientId\":\""
            + clientId
            + "\",\"start\":\""
            + start
            + "\",\"timeZone\":\"America/New_York\",\"durationMinutes\":50,"
            + "\"type\":\"INDIVIDUAL\"}");
  }
}
