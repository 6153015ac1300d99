package org.securebase.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Capacity: an open model (requests arrive at a set rate whatever the server's speed, as from many
 * independent people) stepped up level by level, for the caseload page, the chart JSON and the
 * static stylesheet, one after the other in the same run. For each, the highest rate whose level
 * kept p95 at or under {@code p95AimMs} (100) with no error is what it holds ({@link
 * CapacityLevels}, written to {@code target/gatling/capacity-<label>.txt}).
 *
 * <p>Pages use clinicians signed in once beforehand ({@link SignedInSessions}); every page read is
 * audited as in production. With {@code baseUrls} naming two servers, requests alternate.
 *
 * <p>Aims, checked after the run (a miss fails it): the audited pages hold at least 30% of the
 * static file's rate; with {@code oneServerFile} (the capacity file of a one-server run), the run
 * holds at least 1.6 times that run's page rates.
 *
 * <p>System properties: {@code label} (run name), {@code levelSeconds} (8), {@code levels} (12),
 * {@code caseloadStart}/{@code caseloadStep} (5/5 per second), {@code chartStart}/{@code chartStep}
 * (10/10), {@code staticStart}/{@code staticStep} (100/100), {@code password}.
 */
public class CapacitySimulation extends Simulation {

  private static final String LABEL = System.getProperty("label", "one-server");
  private static final int LEVEL_SECONDS = Integer.getInteger("levelSeconds", 8);
  private static final int LEVELS = Integer.getInteger("levels", 12);
  private static final int AIM_MS = Integer.getInteger("p95AimMs", 100);
  private static final String PASSWORD = System.getProperty("password", "load-test-password");

  private static final CapacityLevels CASELOAD =
      new CapacityLevels("caseload page", rate("caseloadStart", 5), rate("caseloadStep", 5));
  private static final CapacityLevels CHART =
      new CapacityLevels("measures chart JSON", rate("chartStart", 10), rate("chartStep", 10));
  private static final CapacityLevels STYLESHEET =
      new CapacityLevels(
          "static /css/securebase.css", rate("staticStart", 100), rate("staticStep", 100));

  private static double rate(String property, double fallback) {
    return Double.parseDouble(System.getProperty(property, Double.toString(fallback)));
  }

  private final List<Map<String, Object>> sessions =
      SignedInSessions.clinicians(Integer.getInteger("clinicianAccounts", 20), PASSWORD);

  private Iterator<Map<String, Object>> circular() {
    AtomicInteger next = new AtomicInteger();
    return Stream.generate(() -> sessions.get(next.getAndIncrement() % sessions.size())).iterator();
  }

  /** One arrival: the request, timed, its outcome kept for its level. */
  private static ChainBuilder timed(CapacityLevels levels, HttpRequestActionBuilder request) {
    return exec(session -> session.set("sentAt", System.nanoTime()))
        .exec(request.check(responseTimeInMillis().saveAs("ms")))
        .exec(
            session -> {
              levels.record(
                  session.getLong("sentAt"),
                  session.contains("ms") ? session.getInt("ms") : -1,
                  !session.isFailed());
              return session;
            });
  }

  private ScenarioBuilder pages(CapacityLevels levels, String path) {
    String host = URI.create(Servers.first()).getHost();
    return scenario(levels.name())
        .feed(circular())
        .exec(addCookie(Cookie("SESSION", "#{session}").withDomain(host).withPath("/")))
        .exec(
            timed(
                levels,
                http(levels.name())
                    .get(Servers.at(path))
                    .header("Accept", path.startsWith("/api") ? "application/json" : "text/html")
                    .check(status().is(200))));
  }

  private final ScenarioBuilder stylesheet =
      scenario(STYLESHEET.name())
          .exec(
              timed(
                  STYLESHEET,
                  http(STYLESHEET.name())
                      .get(Servers.at("/css/securebase.css"))
                      .header("Accept", "text/css")
                      .check(status().is(200))));

  private static io.gatling.javaapi.core.OpenInjectionStep stairs(CapacityLevels levels) {
    return incrementUsersPerSec(levels.step())
        .times(LEVELS)
        .eachLevelLasting(Duration.ofSeconds(LEVEL_SECONDS))
        .startingFrom(levels.start());
  }

  @Override
  public void after() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "Capacity run %s (%s), levels of %d s, aim p95 <= %d ms and no errors",
            LABEL,
            String.join(" + ", Servers.URLS),
            LEVEL_SECONDS,
            AIM_MS));
    for (CapacityLevels levels : List.of(CASELOAD, CHART, STYLESHEET)) {
      lines.addAll(levels.report(LEVEL_SECONDS, AIM_MS));
    }
    List<String> missed = CapacityLevels.aims(CASELOAD, CHART, STYLESHEET, LEVEL_SECONDS, AIM_MS);
    lines.addAll(missed);
    lines.forEach(System.out::println);
    try {
      Path file =
          Path.of(
              System.getProperty("capacityDir", "target/gatling"), "capacity-" + LABEL + ".txt");
      Files.createDirectories(file.getParent());
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (missed.stream().anyMatch(l -> l.startsWith("AIM MISSED"))) {
      throw new AssertionError(String.join(" ", missed));
    }
  }

  {
    setUp(
            pages(CASELOAD, "/clients")
                .injectOpen(stairs(CASELOAD))
                .andThen(
                    pages(CHART, "#{chartUrl}")
                        .injectOpen(stairs(CHART))
                        .andThen(stylesheet.injectOpen(stairs(STYLESHEET)))))
        .protocols(
            http.baseUrl(Servers.first())
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("SecureBase capacity run")
                .disableCaching()
                .shareConnections())
        .maxDuration(Duration.ofMinutes(20));
  }
}
