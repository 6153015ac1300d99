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
import org.securebase.app.coding.WorkbenchFixture;
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

    // Coding workbench (interview/, coding/). T = a transcript imported by the matrix's coder with
    // a
    // second coder assigned, both codings final. A clinician reaches only transcripts of their own
    // clients (404 here); coding pages, reports and their API are for coders only.
    row("GET", "/transcripts", f -> get("/transcripts"), 302, 403, 200, 200, 403, 403);
    row("GET", "/transcripts/new", f -> get("/transcripts/new"), 302, 403, 200, 200, 403, 403);
    row(
        "POST",
        "/transcripts/new",
        f ->
            post("/transcripts/new")
                .param("participantCode", TestWorkspace.unique("P"))
                .param("content", "I: Tell me about your family.\nR: A small one, by the sea."),
        // 400 for a clinician: a clinician imports for a client of their own, and none was chosen.
        302,
        403,
        400,
        302,
        403,
        403);
    row(
        "GET",
        "/transcripts/{id}",
        f -> get("/transcripts/" + WorkbenchFixture.matrixTranscript()),
        302,
        403,
        404,
        200,
        403,
        403);
    row(
        "POST",
        "/transcripts/{id}/coders",
        f ->
            post("/transcripts/" + WorkbenchFixture.matrixTranscript() + "/coders")
                .param("coder", f.people().get(Who.CODER).username()),
        302,
        403,
        404,
        302,
        403,
        403);
    row(
        "POST",
        "/transcripts/{id}/infant",
        f ->
            post("/transcripts/" + WorkbenchFixture.matrixTranscript() + "/infant")
                .param("category", "B")
                .param("caregiver", "MOTHER")
                .param("ageMonths", "12"),
        302,
        403,
        404,
        302,
        403,
        403);
    row(
        "POST",
        "/api/transcripts/{id}/infant-classifications",
        f ->
            post("/api/transcripts/"
                    + WorkbenchFixture.matrixTranscript()
                    + "/infant-classifications")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"B\",\"caregiver\":\"MOTHER\",\"ageMonths\":\"12\"}"),
        401,
        403,
        404,
        201,
        403,
        403);
    row(
        "GET",
        "/codings/{transcriptId}",
        f -> get("/codings/" + WorkbenchFixture.matrixTranscript()),
        302,
        403,
        403,
        200,
        403,
        403);
    row(
        "POST",
        "/codings/{transcriptId}",
        f ->
            post("/codings/" + WorkbenchFixture.matrixTranscript())
                .param("organized", "F")
                .param("scores[COHERENCE_OF_MIND]", "6"),
        // 400 for the coder: their coding is final and never changes.
        302,
        403,
        403,
        400,
        403,
        403);
    row(
        "GET",
        "/codings/{transcriptId}/correction",
        f -> get("/codings/" + WorkbenchFixture.matrixTranscript() + "/correction"),
        302,
        403,
        403,
        200,
        403,
        403);
    row(
        "POST",
        "/codings/{transcriptId}/correction",
        f ->
            post("/codings/" + WorkbenchFixture.matrixTranscript() + "/correction")
                .param("organized", "F")
                .param("subclass", "F1")
                .param("scores[COHERENCE_OF_MIND]", "6.5")
                .param("reason", "Matrix check"),
        302,
        403,
        403,
        302,
        403,
        403);
    row(
        "GET",
        "/codings/{transcriptId}/comparison",
        f -> get("/codings/" + WorkbenchFixture.matrixTranscript() + "/comparison"),
        302,
        403,
        403,
        200,
        403,
        403);
    row(
        "GET",
        "/codings/{transcriptId}/consensus",
        f -> get("/codings/" + WorkbenchFixture.matrixTranscript() + "/consensus"),
        302,
        403,
        403,
        200,
        403,
        403);
    row(
        "POST",
        "/codings/{transcriptId}/consensus",
        f ->
            post("/codings/" + WorkbenchFixture.matrixTranscript() + "/consensus")
                .param("organized", "F")
                .param("scores[COHERENCE_OF_MIND]", "6.5")
                .param("reason", "Matrix check"),
        302,
        403,
        403,
        302,
        403,
        403);
    row("GET", "/codings/earned", f -> get("/codings/earned"), 302, 403, 403, 200, 403, 403);
    row("GET", "/reliability", f -> get("/reliability"), 302, 403, 403, 200, 403, 403);
    row(
        "GET",
        "/reliability/report.csv",
        f -> get("/reliability/report.csv"),
        302,
        403,
        403,
        200,
        403,
        403);
    row("GET", "/api/transcripts", f -> get("/api/transcripts"), 401, 403, 200, 200, 403, 403);
    row(
        "POST",
        "/api/transcripts",
        f ->
            post("/api/transcripts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"participantCode\":\""
                        + TestWorkspace.unique("P")
                        + "\",\"content\":\"I: Hello?\\nR: Hello.\"}"),
        401,
        403,
        400,
        201,
        403,
        403);
    row(
        "GET",
        "/api/transcripts/{id}",
        f -> get("/api/transcripts/" + WorkbenchFixture.matrixTranscript()),
        401,
        403,
        404,
        200,
        403,
        403);
    row(
        "POST",
        "/api/transcripts/{id}/coders",
        f ->
            post("/api/transcripts/" + WorkbenchFixture.matrixTranscript() + "/coders")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"coder\":\"" + f.people().get(Who.CODER).username() + "\"}"),
        401,
        403,
        404,
        200,
        403,
        403);
    row(
        "GET",
        "/api/codings/{transcriptId}",
        f -> get("/api/codings/" + WorkbenchFixture.matrixTranscript()),
        401,
        403,
        403,
        200,
        403,
        403);
    row(
        "GET",
        "/api/codings/{transcriptId}/mine",
        f -> get("/api/codings/" + WorkbenchFixture.matrixTranscript() + "/mine"),
        401,
        403,
        403,
        200,
        403,
        403);
    row(
        "PUT",
        "/api/codings/{transcriptId}/mine",
        f ->
            MockMvcRequestBuilders.put(
                    "/api/codings/" + WorkbenchFixture.matrixTranscript() + "/mine")
                .with(csrf())
                .accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"classification\":\"F\"}"),
        // 400 for the coder: the coding is final; a change is a correction.
        401,
        403,
        403,
        400,
        403,
        403);
    row(
        "POST",
        "/api/codings/{transcriptId}/corrections",
        f ->
            post("/api/codings/" + WorkbenchFixture.matrixTranscript() + "/corrections")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"classification\":\"F1\",\"reason\":\"Matrix check\"}"),
        401,
        403,
        403,
        201,
        403,
        403);
    row(
        "GET",
        "/api/codings/{transcriptId}/coders/{coderId}",
        f ->
            get(
                "/api/codings/"
                    + WorkbenchFixture.matrixTranscript()
                    + "/coders/"
                    + WorkbenchFixture.matrixOtherCoder()),
        401,
        403,
        403,
        200,
        403,
        403);
    row(
        "GET",
        "/api/codings/{transcriptId}/comparison",
        f ->
            get(
                "/api/codings/"
                    + WorkbenchFixture.matrixTranscript()
                    + "/comparison?with="
                    + WorkbenchFixture.matrixOtherCoder()),
        401,
        403,
        403,
        200,
        403,
        403);
    row(
        "POST",
        "/api/codings/{transcriptId}/consensus",
        f ->
            post("/api/codings/" + WorkbenchFixture.matrixTranscript() + "/consensus")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"classification\":\"F\",\"reason\":\"Matrix check\"}"),
        401,
        403,
        403,
        201,
        403,
        403);
    row(
        "GET",
        "/api/codings/earned",
        f -> get("/api/codings/earned"),
        401,
        403,
        403,
        200,
        403,
        403);
    row("GET", "/api/reliability", f -> get("/api/reliability"), 401, 403, 403, 200, 403, 403);
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
    WorkbenchFixture.prepareMatrix(context, people.get(Who.CODER));
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
