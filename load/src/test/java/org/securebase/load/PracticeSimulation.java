package org.securebase.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A working day in a practice, compressed: clinicians open their caseload and a client's measures
 * chart (the page and its JSON); clients open their home page, read their due list, answer a
 * measure (the form and its post) and write a journal entry; all signed in through the real form
 * (CSRF, bcrypt, a session in the database). Then, as the ceiling, the same server's static
 * stylesheet.
 *
 * <p>Each client iteration answers one open measure, so the {@code load-seed} data must hold at
 * least {@code clientIterations} open measures per client ({@code
 * securebase.load-seed.open-measures}, 10 by default): a second run on the same data needs other
 * clients ({@code firstClient}) or a fresh data folder.
 *
 * <p>Bounded: every virtual user makes a fixed number of requests, so the run ends by itself. The
 * target must be on the loopback interface (the base URL is checked).
 *
 * <p>System properties: {@code baseUrl} (http://127.0.0.1:8089) or {@code baseUrls} (several,
 * comma-separated: requests alternate, see {@link Servers}), {@code clinicians} (20 virtual users,
 * spread over {@code clinicianAccounts}, 20), {@code clients} (30), {@code firstClient} (1), {@code
 * iterations} (60 per clinician), {@code clientIterations} (10 per client), {@code staticUsers}
 * (20), {@code staticRequests} (500 per user), {@code password} (the load-seed password), {@code
 * p95AimMs} (100).
 *
 * <p>Assertions: no failed request, and a p95 under {@code p95AimMs} for every page, JSON call and
 * form post (sign-in aside, slow by design with bcrypt); a missed aim fails the run.
 */
public class PracticeSimulation extends Simulation {

  private static final int CLINICIANS = Integer.getInteger("clinicians", 20);
  private static final int CLINICIAN_ACCOUNTS = Integer.getInteger("clinicianAccounts", 20);
  private static final int CLIENTS = Integer.getInteger("clients", 30);
  private static final int ITERATIONS = Integer.getInteger("iterations", 60);
  private static final int FIRST_CLIENT = Integer.getInteger("firstClient", 1);
  private static final int CLIENT_ITERATIONS = Integer.getInteger("clientIterations", 10);
  private static final int STATIC_USERS = Integer.getInteger("staticUsers", 20);
  private static final int STATIC_REQUESTS = Integer.getInteger("staticRequests", 500);
  private static final String PASSWORD = System.getProperty("password", "load-test-password");

  /** The aim: every page, JSON call and form post (sign-in aside) under this p95, in ms. */
  private static final int P95_AIM_MS = Integer.getInteger("p95AimMs", 100);

  private static final List<String> AIMED =
      List.of(
          "caseload page",
          "measures chart page",
          "measures chart JSON",
          "client home page",
          "due measures JSON",
          "measure answer page",
          "measure answer (form post)",
          "journal entry page",
          "journal entry (form post)");

  /** When each phase ran, for throughput over its own window (written to target/gatling). */
  private static final AtomicLong PAGES_START = new AtomicLong(Long.MAX_VALUE);

  private static final AtomicLong PAGES_END = new AtomicLong();
  private static final AtomicLong STATIC_START = new AtomicLong(Long.MAX_VALUE);
  private static final AtomicLong STATIC_END = new AtomicLong();

  private static ChainBuilder mark(AtomicLong start, AtomicLong end, boolean atStart) {
    return exec(
        session -> {
          long now = System.currentTimeMillis();
          if (atStart) {
            start.accumulateAndGet(now, Math::min);
          } else {
            end.accumulateAndGet(now, Math::max);
          }
          return session;
        });
  }

  private final HttpProtocolBuilder httpProtocol =
      http.baseUrl(Servers.first())
          .acceptHeader("text/html,application/xhtml+xml")
          .acceptEncodingHeader("gzip, deflate")
          .userAgentHeader("SecureBase load simulation")
          .disableCaching();

  private static Iterator<Map<String, Object>> numbered(String prefix, String format, int count) {
    return numbered(prefix, format, count, 0);
  }

  private static Iterator<Map<String, Object>> numbered(
      String prefix, String format, int count, int first) {
    AtomicInteger next = new AtomicInteger(first);
    return Stream.generate(
            () ->
                Map.<String, Object>of(
                    "username",
                    prefix
                        + String.format(Locale.ROOT, format, next.getAndIncrement() % count + 1)))
        .iterator();
  }

  private static ChainBuilder signIn() {
    return exec(http("sign-in page")
            .get(Servers.at("/login"))
            .check(css("input[name=_csrf]", "value").saveAs("csrf")))
        .exec(
            http("sign in (form post, bcrypt)")
                .post(Servers.at("/login"))
                .formParam("username", "#{username}")
                .formParam("password", PASSWORD)
                .formParam("_csrf", "#{csrf}")
                .disableFollowRedirect()
                .check(status().is(302))
                .check(header("Location").not("/login?error")));
  }

  private final ScenarioBuilder clinicians =
      scenario("clinicians")
          .feed(numbered("load-clinician-", "%02d", CLINICIAN_ACCOUNTS))
          .exec(mark(PAGES_START, PAGES_END, true))
          .exec(signIn())
          .exec(
              repeat(ITERATIONS, "i")
                  .on(
                      exec(http("caseload page")
                              .get(Servers.at("/clients"))
                              .check(status().is(200))
                              .check(
                                  regex("href=\"/clients/([0-9a-f-]{36})\"")
                                      .findRandom()
                                      .saveAs("clientId")))
                          .pause(Duration.ofMillis(100), Duration.ofMillis(400))
                          .exec(
                              http("measures chart page")
                                  .get(Servers.at("/clients/#{clientId}/measures/charts"))
                                  .check(status().is(200))
                                  .check(
                                      css("[data-chart-url]", "data-chart-url").saveAs("chartUrl")))
                          .exec(
                              http("measures chart JSON")
                                  .get(Servers.at("#{chartUrl}"))
                                  .header("Accept", "application/json")
                                  .check(status().is(200))
                                  .check(jsonPath("$.series").exists()))
                          .pause(Duration.ofMillis(100), Duration.ofMillis(400))))
          .exec(mark(PAGES_START, PAGES_END, false));

  /** Answers every question of the form just read with the middle of its scale. */
  private static Map<String, Object> answers(Session session) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("_csrf", session.getString("csrf"));
    form.put("version", session.getString("version"));
    form.put("action", "submit");
    for (String name : session.<String>getList("questions")) {
      form.put(name, "2");
    }
    return form;
  }

  private final ScenarioBuilder clients =
      scenario("clients")
          .feed(numbered("load-client-", "%03d", 200, FIRST_CLIENT - 1))
          .exec(mark(PAGES_START, PAGES_END, true))
          .exec(signIn())
          .exec(
              repeat(CLIENT_ITERATIONS, "i")
                  .on(
                      exec(http("client home page").get(Servers.at("/me")).check(status().is(200)))
                          .pause(Duration.ofMillis(200), Duration.ofMillis(800))
                          .exec(
                              http("due measures JSON")
                                  .get(Servers.at("/api/me/measures"))
                                  .header("Accept", "application/json")
                                  .check(status().is(200))
                                  .check(jsonPath("$.due[0].administrationId").saveAs("adminId")))
                          .exec(
                              http("measure answer page")
                                  .get(Servers.at("/me/measures/#{adminId}"))
                                  .check(status().is(200))
                                  .check(css("input[name=_csrf]", "value").saveAs("csrf"))
                                  .check(css("input[name=version]", "value").saveAs("version"))
                                  .check(
                                      css("input[type=radio][name^='q.']", "name")
                                          .findAll()
                                          .transform(names -> List.copyOf(Set.copyOf(names)))
                                          .saveAs("questions")))
                          .pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                          .exec(
                              http("measure answer (form post)")
                                  .post(Servers.at("/me/measures/#{adminId}"))
                                  .formParamMap(PracticeSimulation::answers)
                                  .disableFollowRedirect()
                                  .check(status().is(302))
                                  .check(
                                      header("Location")
                                          .transform(l -> l.endsWith("/me"))
                                          .is(true)))
                          .pause(Duration.ofMillis(200), Duration.ofMillis(800))
                          .exec(
                              http("journal entry page")
                                  .get(Servers.at("/me/journal/new"))
                                  .check(status().is(200))
                                  .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                          .pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                          .exec(
                              http("journal entry (form post)")
                                  .post(Servers.at("/me/journal/new"))
                                  .formParam("_csrf", "#{csrf}")
                                  .formParam(
                                      "body",
                                      "Synthetic load entry: stayed with the worry a little longer"
                                          + " today and it passed.")
                                  .disableFollowRedirect()
                                  .check(status().is(302))
                                  .check(
                                      header("Location")
                                          .transform(l -> l.contains("/me/journal/"))
                                          .is(true)))
                          .pause(Duration.ofMillis(200), Duration.ofMillis(800))))
          .exec(mark(PAGES_START, PAGES_END, false));

  private final ScenarioBuilder stylesheet =
      scenario("static ceiling")
          .exec(mark(STATIC_START, STATIC_END, true))
          .exec(
              repeat(STATIC_REQUESTS)
                  .on(
                      exec(
                          http("static /css/securebase.css")
                              .get(Servers.at("/css/securebase.css"))
                              .header("Accept", "text/css")
                              .check(status().is(200)))))
          .exec(mark(STATIC_START, STATIC_END, false));

  /** No failed request, and each aimed request's p95 under the aim: the run fails otherwise. */
  private static List<Assertion> aims() {
    List<Assertion> aims = new java.util.ArrayList<>();
    aims.add(global().failedRequests().count().is(0L));
    for (String request : AIMED) {
      aims.add(details(request).responseTime().percentile(95.0).lt(P95_AIM_MS));
    }
    return aims;
  }

  @Override
  public void after() {
    String phases =
        "pages.start="
            + PAGES_START.get()
            + "\npages.end="
            + PAGES_END.get()
            + "\nstatic.start="
            + STATIC_START.get()
            + "\nstatic.end="
            + STATIC_END.get()
            + "\n";
    try {
      Path file = Path.of(System.getProperty("phasesFile", "target/gatling/phases.properties"));
      Files.createDirectories(file.getParent());
      Files.writeString(file, phases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(
        Locale.ROOT,
        "Phases: pages %.1f s, static ceiling %.1f s (target/gatling/phases.properties)%n",
        (PAGES_END.get() - PAGES_START.get()) / 1000.0,
        (STATIC_END.get() - STATIC_START.get()) / 1000.0);
  }

  {
    setUp(
            clinicians.injectOpen(rampUsers(CLINICIANS).during(Duration.ofSeconds(5))),
            clients
                .injectOpen(rampUsers(CLIENTS).during(Duration.ofSeconds(5)))
                .andThen(stylesheet.injectOpen(atOnceUsers(STATIC_USERS))))
        .protocols(httpProtocol)
        .maxDuration(Duration.ofMinutes(10))
        .assertions(aims());
  }
}
