package org.securebase.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.account.Role;
import org.securebase.app.account.SignedInUser;
import org.securebase.app.client.Client;
import org.securebase.app.measure.MeasureMatrixFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route against every role, in one table. A route added to SecureBase without a row here
 * fails {@link #everyRouteHasARow()}, so nobody can add a page without deciding who may see it.
 *
 * <p>Codes: 200 OK, 201 created, 302 redirect (a sign-in page for anonymous page requests, or the
 * next page after a form post), 401 anonymous API call, 403 wrong role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends IntegrationTest {

  /** Who asks: the five roles, and nobody signed in. */
  enum Who {
    ANONYMOUS,
    ADMIN,
    CLINICIAN,
    CODER,
    RESEARCHER,
    CLIENT
  }

  record Route(
      String method, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request) {
    String key() {
      return method + " " + pattern;
    }
  }

  /** The people and records the requests refer to. */
  record Fixture(Map<Who, SignedInUser> people, Client ownClient, String lockedAccountId) {}

  private static final Map<String, Map<Who, Integer>> EXPECTED = new LinkedHashMap<>();
  private static final List<Route> ROUTES = new ArrayList<>();

  //                       ANON ADMIN CLIN CODER RES CLIENT
  static {
    row("GET", "/", f -> get("/"), 302, 302, 302, 200, 200, 302);
    row("GET", "/login", f -> get("/login"), 200, 200, 200, 200, 200, 200);
    row("GET", "/actuator/health", f -> get("/actuator/health"), 200, 200, 200, 200, 200, 200);
    row("GET", "/clients", f -> get("/clients"), 302, 403, 200, 403, 403, 403);
    row("GET", "/clients/new", f -> get("/clients/new"), 302, 403, 200, 403, 403, 403);
    row(
        "POST",
        "/clients/new",
        f ->
            post("/clients/new")
                .param("displayName", TestWorkspace.unique("M"))
                .param("startDate", "2025-01-02"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "GET",
        "/clients/{id}",
        f -> get("/clients/" + f.ownClient().id()),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/clients/{id}/edit",
        f -> get("/clients/" + f.ownClient().id() + "/edit"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/clients/{id}/edit",
        f ->
            post("/clients/" + f.ownClient().id() + "/edit")
                .param("displayName", "Renamed")
                .param("startDate", "2025-01-02")
                .param("version", "999"),
        // 409: the clinician may post, and a stale version is refused without a change.
        302,
        403,
        409,
        403,
        403,
        403);
    row("GET", "/me", f -> get("/me"), 302, 403, 403, 403, 403, 200);
    row("GET", "/admin/accounts", f -> get("/admin/accounts"), 302, 200, 403, 403, 403, 403);
    row(
        "GET",
        "/admin/accounts/new",
        f -> get("/admin/accounts/new"),
        302,
        200,
        403,
        403,
        403,
        403);
    row(
        "POST",
        "/admin/accounts/new",
        f ->
            post("/admin/accounts/new")
                .param("username", TestWorkspace.unique("new"))
                .param("password", TestWorkspace.PASSWORD)
                .param("role", "CODER"),
        302,
        302,
        403,
        403,
        403,
        403);
    row(
        "POST",
        "/admin/accounts/{id}/unlock",
        f -> post("/admin/accounts/" + f.lockedAccountId() + "/unlock"),
        302,
        302,
        403,
        403,
        403,
        403);
    row("GET", "/admin/audit", f -> get("/admin/audit"), 302, 200, 403, 403, 403, 403);
    row(
        "GET",
        "/api/admin/audit/verification",
        f -> get("/api/admin/audit/verification"),
        401,
        200,
        403,
        403,
        403,
        403);
    row("GET", "/api/clients", f -> get("/api/clients"), 401, 403, 200, 403, 403, 403);
    row(
        "GET",
        "/api/clients/{id}",
        f -> get("/api/clients/" + f.ownClient().id()),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/api/clients",
        f ->
            post("/api/clients")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"API client\",\"startDate\":\"2025-02-03\"}"),
        401,
        403,
        201,
        403,
        403,
        403);
    row(
        "PUT",
        "/api/clients/{id}",
        f ->
            MockMvcRequestBuilders.put("/api/clients/" + f.ownClient().id())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"displayName\":\"Stale\",\"startDate\":\"2025-02-03\",\"version\":999}"),
        401,
        403,
        409,
        403,
        403,
        403);
  }

  // Measures (org.securebase.app.measure): a clinician's own caseload, a client's own measures.
  static {
    String m = "/clients/{id}/measures";
    row("GET", m, f -> get(measures(f)), 302, 403, 200, 403, 403, 403);
    row("GET", m + "/assign", f -> get(measures(f) + "/assign"), 302, 403, 200, 403, 403, 403);
    row(
        "POST",
        m + "/assign",
        f ->
            post(measures(f) + "/assign")
                .param("instrumentId", "ecr-rs")
                .param("schedule", "WEEKLY")
                .param("startDate", java.time.LocalDate.now().toString())
                .param("expiryDays", "5"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        m + "/assignments/{assignmentId}/stop",
        f ->
            post(measures(f) + "/assignments/" + MeasureMatrixFixture.assignment() + "/stop")
                .param("version", "0"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "GET",
        m + "/paper",
        f -> get(measures(f) + "/paper?instrument=ecr-rs"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        m + "/paper",
        f ->
            post(measures(f) + "/paper")
                .param("instrument", "signs-of-security")
                .param("completedOn", java.time.LocalDate.now().toString())
                .param("q.trust", "3"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "GET",
        m + "/administrations/{administrationId}",
        f -> get(measures(f) + "/administrations/" + MeasureMatrixFixture.completed()),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        m + "/charts",
        f -> get(measures(f) + "/charts?instrument=ecr-rs"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        m + "/events",
        f ->
            post(measures(f) + "/events")
                .param("occurredOn", "2026-01-02")
                .param("kind", "SETBACK")
                .param("note", "Synthetic setback"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        m + "/events/{eventId}/edit",
        f ->
            post(measures(f) + "/events/" + MeasureMatrixFixture.eventToEdit() + "/edit")
                .param("occurredOn", "2026-01-03")
                .param("kind", "MEDICATION")
                .param("note", "Synthetic medication change")
                .param("version", "0"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        m + "/events/{eventId}/delete",
        f ->
            post(measures(f) + "/events/" + MeasureMatrixFixture.eventToDelete() + "/delete")
                .param("version", "0"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "GET",
        "/me/measures/{administrationId}",
        f -> get("/me/measures/" + MeasureMatrixFixture.clientOpen()),
        302,
        403,
        403,
        403,
        403,
        200);
    row(
        "POST",
        "/me/measures/{administrationId}",
        f ->
            post("/me/measures/" + MeasureMatrixFixture.clientOpen())
                .param("version", MeasureMatrixFixture.clientOpenVersion())
                .param("action", "save")
                .param("q.trust", "2"),
        302,
        403,
        403,
        403,
        403,
        302);
    row(
        "GET",
        "/measures/parameters",
        f -> get("/measures/parameters"),
        302,
        200,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/measures/parameters",
        f ->
            post("/measures/parameters")
                .param("instrumentId", "rfq-8")
                .param("subscaleId", "certainty")
                .param("target", "")
                .param("sd", "0.8")
                .param("sdSource", "Synthetic SD for the matrix test")
                .param("version", MeasureMatrixFixture.parameterVersion()),
        302,
        302,
        302,
        403,
        403,
        403);
    row(
        "POST",
        "/api/clients/{id}/measures/assignments",
        f ->
            post("/api/clients/" + f.ownClient().id() + "/measures/assignments")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"instrumentId\":\"ecr-r\",\"schedule\":\"ONCE\",\"startDate\":\""
                        + java.time.LocalDate.now()
                        + "\",\"expiryDays\":5}"),
        401,
        403,
        201,
        403,
        403,
        403);
    row(
        "GET",
        "/api/clients/{id}/measures",
        f -> get("/api/clients/" + f.ownClient().id() + "/measures"),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/api/clients/{id}/measures/{instrumentId}/chart",
        f -> get("/api/clients/" + f.ownClient().id() + "/measures/ecr-rs/chart"),
        401,
        403,
        200,
        403,
        403,
        403);
    row("GET", "/api/me/measures", f -> get("/api/me/measures"), 401, 403, 403, 403, 403, 200);
    row(
        "GET",
        m + "/report.pdf",
        f -> get(measures(f) + "/report.pdf"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/admin/measures/wording",
        f -> get("/admin/measures/wording"),
        302,
        200,
        403,
        403,
        403,
        403);
    row(
        "POST",
        "/admin/measures/wording",
        f ->
            post("/admin/measures/wording")
                .param("instrumentId", "ecr-r")
                .param("wording", MeasureMatrixFixture.ecrRWording()),
        302,
        302,
        403,
        403,
        403,
        403);
    row(
        "GET",
        "/api/clients/{id}/fhir",
        f -> get("/api/clients/" + f.ownClient().id() + "/fhir"),
        401,
        403,
        200,
        403,
        403,
        403);
  }

  private static String measures(Fixture f) {
    return "/clients/" + f.ownClient().id() + "/measures";
  }

  private static void row(
      String method,
      String pattern,
      Function<Fixture, MockHttpServletRequestBuilder> request,
      int anonymous,
      int admin,
      int clinician,
      int coder,
      int researcher,
      int client) {
    Map<Who, Integer> codes = new LinkedHashMap<>();
    codes.put(Who.ANONYMOUS, anonymous);
    codes.put(Who.ADMIN, admin);
    codes.put(Who.CLINICIAN, clinician);
    codes.put(Who.CODER, coder);
    codes.put(Who.RESEARCHER, researcher);
    codes.put(Who.CLIENT, client);
    Route route = new Route(method, pattern, request);
    EXPECTED.put(route.key(), codes);
    ROUTES.add(route);
  }

  /** Pages are asked for as a browser asks (HTML); the API as a program asks (JSON). */
  private static MockHttpServletRequestBuilder get(String path) {
    return MockMvcRequestBuilders.get(path).accept(acceptFor(path));
  }

  private static MockHttpServletRequestBuilder post(String path) {
    return MockMvcRequestBuilders.post(path).with(csrf()).accept(acceptFor(path));
  }

  private static MediaType acceptFor(String path) {
    return path.startsWith("/api/") || path.startsWith("/actuator/")
        ? MediaType.APPLICATION_JSON
        : MediaType.TEXT_HTML;
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private Fixture fixture;

  @BeforeAll
  void makePeople() {
    TestWorkspace workspace = new TestWorkspace(context);
    Map<Who, SignedInUser> people = new LinkedHashMap<>();
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    people.put(Who.ADMIN, workspace.person(Role.ADMIN));
    people.put(Who.CLINICIAN, clinician);
    people.put(Who.CODER, workspace.person(Role.CODER));
    people.put(Who.RESEARCHER, workspace.person(Role.RESEARCHER));
    people.put(Who.CLIENT, workspace.clientPerson(clinician));
    Client own = workspace.clientOf(clinician, "Synthetic referral note.");
    fixture = new Fixture(people, own, workspace.person(Role.CODER).id().toString());
    MeasureMatrixFixture.prepare(context, clinician, people.get(Who.CLIENT), own);
  }

  @Test
  void everyRouteHasARow() {
    TreeSet<String> routes = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      if (!e.getValue().getBeanType().getPackageName().startsWith("org.securebase")) {
        continue;
      }
      for (String pattern : e.getKey().getPatternValues()) {
        for (var method : e.getKey().getMethodsCondition().getMethods()) {
          routes.add(method.name() + " " + pattern);
        }
      }
    }
    assertThat(routes).isNotEmpty();
    assertThat(EXPECTED.keySet())
        .as("every route needs a row in the authorization matrix")
        .containsAll(routes);
  }

  Stream<Arguments> matrix() {
    return ROUTES.stream()
        .flatMap(r -> Stream.of(Who.values()).map(who -> Arguments.of(r.key(), who, r)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("matrix")
  void answersAsTheMatrixSays(String key, Who who, Route route) throws Exception {
    MockHttpServletRequestBuilder request = route.request().apply(fixture);
    if (who != Who.ANONYMOUS) {
      request.with(user(fixture.people().get(who)));
    }
    int status = mvc.perform(request).andReturn().getResponse().getStatus();
    assertThat(status).as(key + " as " + who).isEqualTo(EXPECTED.get(key).get(who));
  }
}
