package org.securebase.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
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
import org.securebase.app.plan.ClinicalWorkFixture;
import org.securebase.app.practice.PracticeMatrixFixture;
import org.securebase.app.scheduling.SchedulingFixture;
import org.securebase.app.scheduling.SchedulingMatrixFixture;
import org.securebase.app.study.ExportApprovals;
import org.securebase.app.study.ImportKind;
import org.securebase.app.study.Studies;
import org.securebase.app.study.StudyImport;
import org.securebase.app.system.AuthorizationMatrix.Caller;
import org.securebase.app.system.AuthorizationMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route against every caller, from the table in {@code authorization-matrix.csv} (its format
 * is described at its top). Checked both ways: a route SecureBase serves without a row fails {@link
 * #everyRouteHasARow()}, and a row whose route no longer exists fails {@link
 * #everyRowNamesARealRoute()}, so nobody adds a page without deciding who may see it.
 *
 * <p>Besides the five roles and nobody signed in, four callers have the right role but no tie to
 * the records the row asks for (another clinician, another client, a coder not assigned to the
 * transcript, a researcher not assigned to the study): for them a record is not theirs, which the
 * matrix expects to be a 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends IntegrationTest {

  static final AuthorizationMatrix MATRIX = AuthorizationMatrix.read("/authorization-matrix.csv");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Clock clock;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final Map<Caller, SignedInUser> people = new EnumMap<>(Caller.class);
  private final Map<String, Supplier<String>> values = new HashMap<>();

  @BeforeAll
  void makePeopleAndRecords() {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser otherClinician = workspace.person(Role.CLINICIAN);
    SignedInUser coder = workspace.person(Role.CODER);
    SignedInUser researcher = workspace.person(Role.RESEARCHER);
    people.put(Caller.ADMIN, workspace.person(Role.ADMIN));
    people.put(Caller.CLINICIAN, clinician);
    people.put(Caller.CODER, coder);
    people.put(Caller.RESEARCHER, researcher);
    people.put(Caller.CLIENT, workspace.clientPerson(clinician));
    people.put(Caller.OTHER_CLINICIAN, otherClinician);
    people.put(Caller.OTHER_CLIENT, workspace.clientPerson(otherClinician));
    people.put(Caller.OTHER_CODER, workspace.person(Role.CODER));
    people.put(Caller.UNASSIGNED_RESEARCHER, workspace.person(Role.RESEARCHER));
    Client own = workspace.clientOf(clinician, "Synthetic referral note.");
    SignedInUser client = people.get(Caller.CLIENT);

    fixed("client", own.id());
    fixed("lockedAccount", workspace.person(Role.CODER).id());
    fixed("coderName", coder.username());
    fixed("password", TestWorkspace.PASSWORD);
    values.put("unique", () -> TestWorkspace.unique("M"));
    values.put("today", () -> LocalDate.now(clock).toString());
    studies(researcher, workspace);
    MeasureMatrixFixture.prepare(context, clinician, client, own);
    values.put("assignment", () -> String.valueOf(MeasureMatrixFixture.assignment()));
    values.put("completed", () -> String.valueOf(MeasureMatrixFixture.completed()));
    values.put("clientOpen", () -> String.valueOf(MeasureMatrixFixture.clientOpen()));
    values.put("clientOpenVersion", MeasureMatrixFixture::clientOpenVersion);
    values.put("eventToEdit", () -> String.valueOf(MeasureMatrixFixture.eventToEdit()));
    values.put("eventToDelete", () -> String.valueOf(MeasureMatrixFixture.eventToDelete()));
    values.put("parameterVersion", MeasureMatrixFixture::parameterVersion);
    values.put("ecrRWording", MeasureMatrixFixture::ecrRWording);
    SchedulingMatrixFixture.prepare(context, clinician, client, own);
    values.put("upcoming", () -> String.valueOf(SchedulingMatrixFixture.upcoming()));
    values.put("past", () -> String.valueOf(SchedulingMatrixFixture.past()));
    values.put("clientsOwn", () -> String.valueOf(SchedulingMatrixFixture.clientsOwn()));
    ClinicalWorkFixture.seed(context, clinician, client, own).forEach(this::fixed);
    WorkbenchFixture.prepareMatrix(context, coder);
    fixed("transcript", WorkbenchFixture.matrixTranscript());
    fixed("otherCoder", WorkbenchFixture.matrixOtherCoder());
    // An interview of the clinician's own client, coded to a final coding by the matrix's coder.
    var clientInterview =
        new WorkbenchFixture(context).clientTranscript(clinician, own.id(), coder);
    new WorkbenchFixture(context)
        .code(coder, clientInterview.id(), "F1", true, "COHERENCE_OF_MIND", "6");
    fixed("clientTranscript", clientInterview.id());
    PracticeMatrixFixture.seed(context, clinician, client).forEach(this::fixed);
  }

  private void studies(SignedInUser researcher, TestWorkspace workspace) {
    Studies studies = context.getBean(Studies.class);
    // The researcher leads the study; another researcher is pending, a third is a member who asked
    // for an identifying export that waits for the lead's decision.
    var study =
        studies.create(TestWorkspace.unique("M"), "Matrix study", researcher.username(), "test");
    // A wave and a participant, so the data entry routes have a record to open.
    StudyImport imports = context.getBean(StudyImport.class);
    imports.run(study.id(), ImportKind.WAVES, "wave,label\nw1,Wave 1\n", false, researcher);
    imports.run(study.id(), ImportKind.PARTICIPANTS, "participant_id\nMX-1\n", false, researcher);
    var adminStudy =
        studies.create(
            TestWorkspace.unique("M"),
            "Assignments",
            workspace.person(Role.RESEARCHER).username(),
            "test");
    SignedInUser removable = workspace.person(Role.RESEARCHER);
    studies.assign(adminStudy.id(), removable.username(), "test");
    fixed("study", study.id());
    fixed("adminStudy", adminStudy.id());
    fixed("removableResearcher", removable.id());
    fixed("assignableResearcher", workspace.person(Role.RESEARCHER).username());
    SignedInUser pending = workspace.person(Role.RESEARCHER);
    studies.assign(study.id(), pending.username(), "test");
    fixed("pendingResearcher", pending.id());
    SignedInUser member = workspace.person(Role.RESEARCHER);
    studies.assign(study.id(), member.username(), "test");
    studies.accept(study.id(), member.id(), researcher);
    fixed(
        "exportRequest",
        context
            .getBean(ExportApprovals.class)
            .request(study.id(), "Matrix check of the decision route", true, false, member));
  }

  private void fixed(String name, Object value) {
    String text = String.valueOf(value);
    values.put(name, () -> text);
  }

  /** The routes SecureBase serves, as "METHOD /pattern". */
  private TreeSet<String> servedRoutes() {
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
    return routes;
  }

  @Test
  void everyRouteHasARow() {
    TreeSet<String> routes = servedRoutes();
    assertThat(routes).isNotEmpty();
    assertThat(MATRIX.routes())
        .as("every route needs a row in authorization-matrix.csv")
        .containsAll(routes);
  }

  @Test
  void everyRowNamesARealRoute() {
    // /actuator/health is served by Spring Boot's endpoint mapping, not a controller.
    TreeSet<String> routes = servedRoutes();
    routes.add("GET /actuator/health");
    assertThat(routes).as("rows of authorization-matrix.csv").containsAll(MATRIX.routes());
  }

  Stream<Arguments> matrix() {
    return MATRIX.rows().stream()
        .flatMap(r -> Stream.of(Caller.values()).map(who -> Arguments.of(r.route(), who, r)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("matrix")
  void answersAsTheMatrixSays(String route, Caller who, Row row) throws Exception {
    MockHttpServletRequestBuilder request = request(row);
    if (who != Caller.ANONYMOUS) {
      request.with(user(people.get(who)));
    }
    int status = mvc.perform(request).andReturn().getResponse().getStatus();
    assertThat(status).as(route + " as " + who).isEqualTo(row.expected(who));
  }

  private MockHttpServletRequestBuilder request(Row row) {
    String path = AuthorizationMatrix.fill(row.path(), this::value);
    HttpMethod method = HttpMethod.valueOf(row.method());
    MediaType accept =
        path.startsWith("/api/") || path.startsWith("/actuator/")
            ? MediaType.APPLICATION_JSON
            : MediaType.TEXT_HTML;
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, path).accept(accept);
    if (method != HttpMethod.GET) {
      request.with(csrf());
    }
    row.body().applyTo(request, this::value);
    return request;
  }

  private String value(String name) {
    if (name.startsWith("monday+")) {
      return SchedulingFixture.monday(Integer.parseInt(name.substring(7))).toString();
    }
    Supplier<String> v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("authorization-matrix.csv: no value for {" + name + "}");
    }
    return v.get();
  }
}
