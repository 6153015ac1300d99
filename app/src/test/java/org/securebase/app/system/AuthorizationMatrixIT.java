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
import org.securebase.app.client.Client;
import org.securebase.app.coding.WorkbenchFixture;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.measure.MeasureMatrixFixture;
import org.securebase.app.scheduling.SchedulingFixture;
import org.securebase.app.scheduling.SchedulingMatrixFixture;
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
  record Fixture(
      Map<Who, SignedInUser> people,
      Client ownClient,
      String lockedAccountId,
      Map<String, String> ids) {

    /** An id made for a feature's rows, e.g. "study". */
    String id(String name) {
      return ids.get(name);
    }
  }

  private static final Map<String, Map<Who, Integer>> EXPECTED = new LinkedHashMap<>();
  private static final List<Route> ROUTES = new ArrayList<>();

  //                       ANON ADMIN CLIN CODER RES CLIENT
  static {
    row("GET", "/", f -> get("/"), 302, 302, 302, 302, 302, 302);
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
        "/reliability/calibration",
        f -> get("/reliability/calibration"),
        302,
        403,
        403,
        200,
        403,
        403);
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

  /** Ids of the clinical-work records the rows below refer to (set in {@link #makePeople()}). */
  private static final Map<String, String> WORK = new java.util.HashMap<>();

  // Clinical work: the client's own space, plans and sessions, the library.
  //                       ANON ADMIN CLIN CODER RES CLIENT
  static {
    row("GET", "/me/activations", f -> get("/me/activations"), 302, 403, 403, 403, 403, 200);
    row(
        "POST",
        "/me/activations",
        f ->
            post("/me/activations")
                .param("occurredAt", "2026-01-02T20:00")
                .param("trigger", "CONFLICT")
                .param("pull", "AVOIDANT_WITHDRAWAL")
                .param("noticedAndNamed", "true")
                .param("minutesUntilSettled", "30"),
        302,
        403,
        403,
        403,
        403,
        302);
    row("GET", "/me/recovery", f -> get("/me/recovery"), 302, 403, 403, 403, 403, 200);
    row(
        "POST",
        "/me/setbacks",
        f -> post("/me/setbacks").param("occurredOn", "2026-01-02").param("kind", "HEALTH"),
        302,
        403,
        403,
        403,
        403,
        302);
    row("GET", "/me/support", f -> get("/me/support"), 302, 403, 403, 403, 403, 200);
    row(
        "POST",
        "/me/support",
        f ->
            post("/me/support")
                .param("occurredAt", "2026-01-02T20:00")
                .param("role", "FRIEND")
                .param("outcome", "HELPED"),
        302,
        403,
        403,
        403,
        403,
        302);
    row("GET", "/me/journal", f -> get("/me/journal"), 302, 403, 403, 403, 403, 200);
    row("GET", "/me/journal/new", f -> get("/me/journal/new"), 302, 403, 403, 403, 403, 200);
    row(
        "POST",
        "/me/journal/new",
        f -> post("/me/journal/new").param("body", "A synthetic matrix entry."),
        302,
        403,
        403,
        403,
        403,
        302);
    row(
        "GET",
        "/me/journal/{id}",
        f -> get("/me/journal/" + WORK.get("entry")),
        302,
        403,
        403,
        403,
        403,
        200);
    row(
        "POST",
        "/me/journal/{id}/sharing",
        f -> post("/me/journal/" + WORK.get("entry") + "/sharing").param("shared", "false"),
        302,
        403,
        403,
        403,
        403,
        302);
    row(
        "POST",
        "/me/pathways",
        f -> post("/me/pathways").param("pathways", "THERAPY"),
        302,
        403,
        403,
        403,
        403,
        302);
    row("GET", "/api/me/recovery", f -> get("/api/me/recovery"), 401, 403, 403, 403, 403, 200);
    row(
        "POST",
        "/api/me/activations",
        f ->
            post("/api/me/activations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"occurredAt\":\"2026-01-03T20:00:00\",\"trigger\":\"LOSS\",\"pull\":"
                        + "\"ANXIOUS_PROTEST\",\"noticedAndNamed\":false,\"minutesUntilSettled\":45}"),
        401,
        403,
        403,
        403,
        403,
        201);
    row(
        "POST",
        "/api/me/journal",
        f ->
            post("/api/me/journal")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"A synthetic API entry.\",\"shared\":false}"),
        401,
        403,
        403,
        403,
        403,
        201);
    row(
        "GET",
        "/clients/{id}/logs",
        f -> get("/clients/" + f.ownClient().id() + "/logs"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/api/clients/{id}/logs",
        f -> get("/api/clients/" + f.ownClient().id() + "/logs"),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/clients/{id}/plan",
        f -> get("/clients/" + f.ownClient().id() + "/plan"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/clients/{id}/plan/versions/{version}",
        f -> get("/clients/" + f.ownClient().id() + "/plan/versions/1"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/clients/{id}/plan/edit",
        f -> get("/clients/" + f.ownClient().id() + "/plan/edit"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/clients/{id}/plan/edit",
        f ->
            post("/clients/" + f.ownClient().id() + "/plan/edit")
                .param("basedOn", "999")
                .param("objectives[0].included", "true")
                .param("objectives[0].template", "REFLECTIVE_CAPACITY")
                .param("objectives[0].targetCount", "2")
                .param("objectives[0].deadlineSession", "9")
                .param("objectives[0].mechanism", "reflective functioning"),
        // 409: the clinician may post, and an edit based on a stale version changes nothing.
        302,
        403,
        409,
        403,
        403,
        403);
    row(
        "GET",
        "/clients/{id}/sessions/new",
        f -> get("/clients/" + f.ownClient().id() + "/sessions/new"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/clients/{id}/sessions/new",
        // action=draft builds the note draft and saves nothing.
        f ->
            post("/clients/" + f.ownClient().id() + "/sessions/new")
                .param("action", "draft")
                .param("heldOn", "2026-01-05")
                .param("modality", "emotionally focused therapy"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/clients/{id}/sessions/{sessionId}",
        f -> get("/clients/" + f.ownClient().id() + "/sessions/" + WORK.get("session")),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/api/clients/{id}/plan",
        f -> get("/api/clients/" + f.ownClient().id() + "/plan"),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/api/clients/{id}/sessions",
        f -> get("/api/clients/" + f.ownClient().id() + "/sessions"),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/api/clients/{id}/sessions/draft",
        f ->
            post("/api/clients/" + f.ownClient().id() + "/sessions/draft")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"heldOn\":\"2026-01-05\",\"modality\":\"couples therapy\"}"),
        401,
        403,
        200,
        403,
        403,
        403);
    // The library wiki: every role but ADMIN reads; clinicians, coders and researchers suggest
    // (a client's suggestion is a 404); the review pages are for editors only (404 for others).
    // The suggestions below carry a name and a town, so the PHI guard refuses them (422).
    row("GET", "/library", f -> get("/library"), 302, 403, 200, 200, 200, 200);
    row("GET", "/library/{id}", f -> get("/library/myths"), 302, 403, 200, 200, 200, 200);
    row(
        "GET",
        "/library/{id}/history",
        f -> get("/library/myths/history"),
        302,
        403,
        200,
        200,
        200,
        200);
    row("GET", "/library/mine", f -> get("/library/mine"), 302, 403, 200, 200, 200, 200);
    row("GET", "/library/review", f -> get("/library/review"), 302, 403, 404, 404, 404, 404);
    row("GET", "/api/library", f -> get("/api/library"), 401, 403, 200, 200, 200, 200);
    row(
        "GET",
        "/api/library/{articleId}",
        f -> get("/api/library/coherence"),
        401,
        403,
        200,
        200,
        200,
        200);
    row(
        "POST",
        "/api/library/{articleId}/suggestions",
        f ->
            post("/api/library/myths/suggestions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"REVISE\",\"sentenceId\":\"myths-2\",\"text\":\"Ask Maria"
                        + " Lopez from Dayton.\",\"reason\":\"clearer\",\"sources\":[9]}"),
        401,
        403,
        422,
        422,
        422,
        404);
    row(
        "POST",
        "/library/{id}/suggestions",
        f ->
            post("/library/myths/suggestions")
                .param("kind", "REVISE")
                .param("sentenceId", "myths-2")
                .param("text", "Ask Maria Lopez from Dayton.")
                .param("reason", "clearer")
                .param("sources", "9"),
        302,
        403,
        422,
        422,
        422,
        404);
    row(
        "POST",
        "/library/{id}/upvote",
        f -> post("/library/myths/upvote"),
        302,
        403,
        302,
        302,
        302,
        302);
    String none = "00000000-0000-0000-0000-000000000000";
    row(
        "POST",
        "/library/suggestions/{sid}/upvote",
        f -> post("/library/suggestions/" + none + "/upvote").param("articleId", "myths"),
        302,
        403,
        404,
        404,
        404,
        404);
    row(
        "GET",
        "/library/review/{sid}",
        f -> get("/library/review/" + none),
        302,
        403,
        404,
        404,
        404,
        404);
    for (String action : List.of("accept", "reject")) {
      row(
          "POST",
          "/library/review/{sid}/" + action,
          f -> post("/library/review/" + none + "/" + action).param("rowVersion", "0"),
          302,
          403,
          404,
          404,
          404,
          404);
    }
    row(
        "POST",
        "/library/suggestions/{sid}/approve",
        f -> post("/library/suggestions/" + none + "/approve").param("articleRowVersion", "0"),
        302,
        403,
        404,
        404,
        404,
        404);
    row(
        "POST",
        "/library/suggestions/{sid}/withdraw",
        f -> post("/library/suggestions/" + none + "/withdraw"),
        302,
        403,
        404,
        404,
        404,
        404);
  }

  // Research studies: a researcher reaches only studies assigned to them (404 for others);
  // administrators manage study shells but read no study data.
  static {
    //                                                     ANON ADMIN CLIN CODER RES CLIENT
    row("GET", "/studies", f -> get("/studies"), 302, 403, 403, 403, 200, 403);
    for (String suffix :
        List.of(
            "",
            "/import",
            "/report",
            "/export",
            "/export.zip",
            "/status",
            "/records/{participant}/{wave}/{form}",
            "/records/{participant}/{wave}/{form}/compare")) {
      String path = suffix.replace("{participant}/{wave}/{form}", "MX-1/w1/all");
      row(
          "GET",
          "/studies/{id}" + suffix,
          f -> get("/studies/" + f.id("study") + path),
          302,
          403,
          403,
          403,
          200,
          403);
      studyRow(
          "GET",
          "/studies/{id}" + suffix + " [not assigned]",
          f -> get("/studies/" + f.id("otherStudy") + path),
          302,
          403,
          403,
          403,
          404,
          403);
    }
    row(
        "POST",
        "/studies/{id}/import",
        f -> studyUpload("/studies/" + f.id("study") + "/import"),
        302,
        403,
        403,
        403,
        400,
        403);
    studyRow(
        "POST",
        "/studies/{id}/import [not assigned]",
        f -> studyUpload("/studies/" + f.id("otherStudy") + "/import"),
        302,
        403,
        403,
        403,
        404,
        403);
    // Data capture: saving a form, choosing double entry, resolving (refused: no two entries).
    row(
        "POST",
        "/studies/{id}/records/{participant}/{wave}/{form}",
        f ->
            post("/studies/" + f.id("study") + "/records/MX-1/w1/all")
                .with(csrf())
                .param("action", "save"),
        302,
        403,
        403,
        403,
        302,
        403);
    row(
        "POST",
        "/studies/{id}/records/{participant}/{wave}/{form}/compare",
        f -> post("/studies/" + f.id("study") + "/records/MX-1/w1/all/compare").with(csrf()),
        302,
        403,
        403,
        403,
        400,
        403);
    row(
        "POST",
        "/studies/{id}/double-entry",
        f ->
            post("/studies/" + f.id("study") + "/double-entry")
                .with(csrf())
                .param("form", "all")
                .param("on", "false"),
        302,
        403,
        403,
        403,
        302,
        403);
    studyRow(
        "POST",
        "/studies/{id}/records/{participant}/{wave}/{form} [not assigned]",
        f ->
            post("/studies/" + f.id("otherStudy") + "/records/MX-1/w1/all")
                .with(csrf())
                .param("action", "save"),
        302,
        403,
        403,
        403,
        404,
        403);
    row("GET", "/api/studies", f -> get("/api/studies"), 401, 403, 403, 403, 200, 403);
    for (String suffix : List.of("", "/report", "/export.zip", "/status")) {
      row(
          "GET",
          "/api/studies/{id}" + suffix,
          f -> get("/api/studies/" + f.id("study") + suffix),
          401,
          403,
          403,
          403,
          200,
          403);
      studyRow(
          "GET",
          "/api/studies/{id}" + suffix + " [not assigned]",
          f -> get("/api/studies/" + f.id("otherStudy") + suffix),
          401,
          403,
          403,
          403,
          404,
          403);
    }
    row(
        "POST",
        "/api/studies/{id}/imports/{kind}",
        f -> studyCsv("/api/studies/" + f.id("study") + "/imports/participants"),
        401,
        403,
        403,
        403,
        200,
        403);
    studyRow(
        "POST",
        "/api/studies/{id}/imports/{kind} [not assigned]",
        f -> studyCsv("/api/studies/" + f.id("otherStudy") + "/imports/participants"),
        401,
        403,
        403,
        403,
        404,
        403);
    row("GET", "/admin/studies", f -> get("/admin/studies"), 302, 200, 403, 403, 403, 403);
    row(
        "POST",
        "/admin/studies/new",
        f ->
            post("/admin/studies/new")
                .param("code", TestWorkspace.unique("ST"))
                .param("title", "T")
                .param("lead", f.id("assignableResearcher")),
        302,
        302,
        403,
        403,
        403,
        403);
    row(
        "POST",
        "/admin/studies/{id}/researchers",
        f ->
            post("/admin/studies/" + f.id("adminStudy") + "/researchers")
                .param("username", f.id("assignableResearcher")),
        302,
        302,
        403,
        403,
        403,
        403);
    row(
        "POST",
        "/admin/studies/{id}/researchers/{accountId}/remove",
        f ->
            post(
                "/admin/studies/"
                    + f.id("adminStudy")
                    + "/researchers/"
                    + f.id("removableResearcher")
                    + "/remove"),
        302,
        302,
        403,
        403,
        403,
        403);
  }

  // Governance (issue 12): client invitations, a study lead's acceptance, export approvals.
  static {
    row("GET", "/invitation", f -> get("/invitation"), 200, 200, 200, 200, 200, 200);
    row(
        "POST",
        "/invitation",
        // A wrong code is a 400 for everyone: the form is for a client without an account yet.
        f ->
            post("/invitation")
                .param("code", "WRONG-CODE-0000")
                .param("username", TestWorkspace.unique("inv"))
                .param("password", TestWorkspace.PASSWORD),
        400,
        400,
        400,
        400,
        400,
        400);
    row(
        "POST",
        "/clients/{id}/invitation",
        f -> post("/clients/" + f.ownClient().id() + "/invitation"),
        302,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/studies/{id}/researchers/{accountId}/accept",
        f ->
            post(
                "/studies/"
                    + f.id("study")
                    + "/researchers/"
                    + f.id("pendingResearcher")
                    + "/accept"),
        302,
        403,
        403,
        403,
        302,
        403);
    row(
        "POST",
        "/studies/{id}/export-requests",
        f ->
            post("/studies/" + f.id("study") + "/export-requests")
                .param("reason", "Matrix check of the request route")
                .param("identifiers", "true"),
        302,
        403,
        403,
        403,
        302,
        403);
    row(
        "POST",
        "/studies/{id}/export-requests/{requestId}/{decision:approve|refuse}",
        f ->
            post(
                "/studies/"
                    + f.id("study")
                    + "/export-requests/"
                    + f.id("exportRequest")
                    + "/approve"),
        302,
        403,
        403,
        403,
        302,
        403);
  }

  /** A row for a request the route table already has under its pattern (another study). */
  private static void studyRow(
      String method,
      String key,
      Function<Fixture, MockHttpServletRequestBuilder> request,
      int anonymous,
      int admin,
      int clinician,
      int coder,
      int researcher,
      int client) {
    row(method, key, request, anonymous, admin, clinician, coder, researcher, client);
  }

  /** A page import without a file: the researcher may post and is told to choose one (400). */
  private static MockHttpServletRequestBuilder studyUpload(String path) {
    return post(path).param("kind", "participants");
  }

  private static MockHttpServletRequestBuilder studyCsv(String path) {
    return MockMvcRequestBuilders.post(path)
        .with(csrf())
        .contentType("text/csv")
        .content("participant_id\nM-2\n")
        .accept(MediaType.APPLICATION_JSON);
  }

  private void studyIds(Map<String, String> ids, SignedInUser researcher, TestWorkspace workspace) {
    org.securebase.app.study.Studies studies =
        context.getBean(org.securebase.app.study.Studies.class);
    var study =
        studies.create(TestWorkspace.unique("M"), "Matrix study", researcher.username(), "test");
    // A wave and a participant, so the data entry routes have a record to open.
    org.securebase.app.study.StudyImport imports =
        context.getBean(org.securebase.app.study.StudyImport.class);
    imports.run(
        study.id(),
        org.securebase.app.study.ImportKind.WAVES,
        "wave,label\nw1,Wave 1\n",
        false,
        researcher);
    imports.run(
        study.id(),
        org.securebase.app.study.ImportKind.PARTICIPANTS,
        "participant_id\nMX-1\n",
        false,
        researcher);
    var other =
        studies.create(
            TestWorkspace.unique("M"),
            "Someone else's study",
            workspace.person(Role.RESEARCHER).username(),
            "test");
    var adminStudy =
        studies.create(
            TestWorkspace.unique("M"),
            "Assignments",
            workspace.person(Role.RESEARCHER).username(),
            "test");
    SignedInUser removable = workspace.person(Role.RESEARCHER);
    studies.assign(adminStudy.id(), removable.username(), "test");
    ids.put("study", study.id().toString());
    ids.put("otherStudy", other.id().toString());
    ids.put("adminStudy", adminStudy.id().toString());
    ids.put("removableResearcher", removable.id().toString());
    ids.put("assignableResearcher", workspace.person(Role.RESEARCHER).username());
    SignedInUser pending = workspace.person(Role.RESEARCHER);
    studies.assign(study.id(), pending.username(), "test");
    ids.put("pendingResearcher", pending.id().toString());
    SignedInUser member = workspace.person(Role.RESEARCHER);
    studies.assign(study.id(), member.username(), "test");
    studies.accept(study.id(), member.id(), researcher);
    ids.put(
        "exportRequest",
        context
            .getBean(org.securebase.app.study.ExportApprovals.class)
            .request(study.id(), "Matrix check of the decision route", true, false, member)
            .toString());
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

  // Scheduling (org.securebase.app.scheduling): a clinician's own calendar and appointments.
  static {
    String appt = "/api/appointments/";
    row(
        "GET",
        "/api/appointments",
        f -> get("/api/appointments").param("from", "2026-01-01").param("to", "2026-12-31"),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/api/appointments",
        f ->
            post("/api/appointments")
                .contentType(MediaType.APPLICATION_JSON)
                .content(SchedulingMatrixFixture.booking(f.ownClient().id(), 6, "10:00", "")),
        401,
        403,
        201,
        403,
        403,
        403);
    row(
        "POST",
        "/api/appointments/series",
        f ->
            post("/api/appointments/series")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    SchedulingMatrixFixture.booking(
                        f.ownClient().id(), 6, "14:00", ",\"weeks\":3")),
        401,
        403,
        201,
        403,
        403,
        403);
    row(
        "GET",
        "/api/appointments/{id}",
        f -> get(appt + SchedulingMatrixFixture.upcoming()),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "GET",
        "/api/appointments/{id}/ics",
        f -> get(appt + SchedulingMatrixFixture.upcoming() + "/ics"),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/api/appointments/{id}/status",
        f ->
            post(appt + SchedulingMatrixFixture.past() + "/status")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"NO_SHOW\"}"),
        401,
        403,
        200,
        403,
        403,
        403);
    row(
        "POST",
        "/api/appointments/{id}/cancel",
        f -> post(appt + SchedulingMatrixFixture.upcoming() + "/cancel"),
        401,
        403,
        200,
        403,
        403,
        403);
    String cal = "/calendar/appointments/";
    row("GET", "/calendar", f -> get("/calendar"), 302, 403, 200, 403, 403, 403);
    row(
        "POST",
        "/calendar/hours",
        f ->
            post("/calendar/hours")
                .param("timeZone", "America/New_York")
                .param("from-MONDAY", "09:00")
                .param("to-MONDAY", "18:00")
                .param("from-TUESDAY", "09:00")
                .param("to-TUESDAY", "18:00")
                .param("from-WEDNESDAY", "09:00")
                .param("to-WEDNESDAY", "18:00")
                .param("from-THURSDAY", "09:00")
                .param("to-THURSDAY", "18:00")
                .param("from-FRIDAY", "09:00")
                .param("to-FRIDAY", "18:00"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        "/calendar/book",
        f ->
            post("/calendar/book")
                .param("clientId", f.ownClient().id().toString())
                .param("date", SchedulingFixture.monday(7).toString())
                .param("time", "09:00"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        "/calendar/appointments/{id}/status",
        f -> post(cal + SchedulingMatrixFixture.upcoming() + "/status").param("status", "ATTENDED"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        "/calendar/appointments/{id}/cancel",
        f -> post(cal + SchedulingMatrixFixture.upcoming() + "/cancel"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        "/calendar/appointments/{id}/reached-out",
        f -> post(cal + SchedulingMatrixFixture.past() + "/reached-out"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        "/calendar/absences",
        f ->
            post("/calendar/absences")
                .param("firstDay", SchedulingFixture.monday(30).toString())
                .param("lastDay", SchedulingFixture.monday(30).plusDays(2).toString()),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "POST",
        "/calendar/absences/{id}/delete",
        f -> post("/calendar/absences/" + java.util.UUID.randomUUID() + "/delete"),
        302,
        403,
        404,
        403,
        403,
        403);
    row("POST", "/calendar/feed", f -> post("/calendar/feed"), 302, 403, 302, 403, 403, 403);
    row(
        "POST",
        "/calendar/feed/revoke",
        f -> post("/calendar/feed/revoke"),
        302,
        403,
        302,
        403,
        403,
        403);
    row(
        "GET",
        "/feeds/calendar/{token}.ics",
        f -> get("/feeds/calendar/not-a-token.ics"),
        404,
        404,
        404,
        404,
        404,
        404);
    String mine = "/me/appointments/";
    row("GET", "/me/appointments", f -> get("/me/appointments"), 302, 403, 403, 403, 403, 200);
    row(
        "GET",
        "/me/appointments/{id}/ics",
        f -> get(mine + SchedulingMatrixFixture.clientsOwn() + "/ics"),
        302,
        403,
        403,
        403,
        403,
        200);
    row(
        "POST",
        "/me/appointments/request",
        f -> post("/me/appointments/request"),
        302,
        403,
        403,
        403,
        403,
        302);
    row(
        "POST",
        "/me/appointments/{id}/reschedule",
        f -> post(mine + SchedulingMatrixFixture.clientsOwn() + "/reschedule"),
        302,
        403,
        403,
        403,
        403,
        302);
    row(
        "POST",
        "/me/appointments/{id}/cancel",
        f -> post(mine + SchedulingMatrixFixture.clientsOwn() + "/cancel"),
        302,
        403,
        403,
        403,
        403,
        302);
    row(
        "POST",
        "/me/appointments/reminders",
        f -> post("/me/appointments/reminders").param("email", "robin@example.org"),
        302,
        403,
        403,
        403,
        403,
        302);
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
    Map<String, String> ids = new LinkedHashMap<>();
    MeasureMatrixFixture.prepare(context, clinician, people.get(Who.CLIENT), own);
    SchedulingMatrixFixture.prepare(context, clinician, people.get(Who.CLIENT), own);
    studyIds(ids, people.get(Who.RESEARCHER), workspace);
    fixture = new Fixture(people, own, workspace.person(Role.CODER).id().toString(), ids);
    WORK.putAll(
        org.securebase.app.plan.ClinicalWorkFixture.seed(
            context, clinician, people.get(Who.CLIENT), own));
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
