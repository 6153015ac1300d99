package org.securebase.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.ClassificationScheme;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.securebase.core.reliability.AgreementResult;
import org.securebase.core.reliability.CategoricalAgreement;
import org.securebase.core.reliability.IccReport;
import org.securebase.core.reliability.IntraclassCorrelation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class WorkbenchIT extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestWorkspace workspace;
  WorkbenchFixture fixture;
  SignedInUser coderA;
  SignedInUser coderB;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    fixture = new WorkbenchFixture(context);
    coderA = workspace.person(Role.CODER);
    coderB = workspace.person(Role.CODER);
  }

  int transcripts() {
    return jdbc.sql("SELECT COUNT(*) FROM transcript").query(Integer.class).single();
  }

  int turns() {
    return jdbc.sql("SELECT COUNT(*) FROM transcript_turn").query(Integer.class).single();
  }

  ResultActions importAs(SignedInUser who, String json) throws Exception {
    return mvc.perform(
        post("/api/transcripts")
            .with(user(who))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  static String importJson(String code, String content, String... coders) {
    return "{\"participantCode\":"
        + (code == null ? "null" : "\"" + code + "\"")
        + ",\"content\":"
        + quote(content)
        + ",\"coders\":["
        + String.join(",", java.util.Arrays.stream(coders).map(c -> "\"" + c + "\"").toList())
        + "]}";
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  ResultActions saveAs(SignedInUser who, UUID t, String body) throws Exception {
    return mvc.perform(
        put("/api/codings/" + t + "/mine")
            .with(user(who))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** The first number a JSONPath filter finds, whatever numeric type the parser chose. */
  static double first(String body, String path) {
    List<Number> found = JsonPath.read(body, path);
    assertThat(found).as(path).isNotEmpty();
    return found.get(0).doubleValue();
  }

  @Nested
  class Import {

    @Test
    void refusesBadInputNamingTheLineOrFieldAndStoresNothing() throws Exception {
      int before = transcripts();
      int turnsBefore = turns();
      String code = TestWorkspace.unique("P");

      importAs(coderA, importJson(code, "   "))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("content:")));
      importAs(coderA, importJson(code, "I: How was it?\nQ: Something else\nR: Fine."))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("line 2")));
      importAs(coderA, importJson(code, "Just a diary entry without any speakers."))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("line 1")));
      importAs(
              coderA,
              importJson(code, "{\"turns\":[{\"speaker\":\"interviewer\",\"text\":\"Hello?\"}]}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("content")));
      // A valid text with an unknown coder: refused as a whole, the transcript is not kept either.
      importAs(coderA, importJson(code, WorkbenchFixture.sampleText(), "nobody-such"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("coders:")));
      importAs(coderA, importJson(null, WorkbenchFixture.sampleText()))
          .andExpect(status().isBadRequest())
          .andExpect(
              jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("participantCode:")));
      importAs(coderA, importJson("Jane Smith", WorkbenchFixture.sampleText()))
          .andExpect(status().isBadRequest());

      assertThat(transcripts()).isEqualTo(before);
      assertThat(turns()).isEqualTo(turnsBefore);
    }

    @Test
    void refusesAnUploadOverTheSizeLimitOnThePage() throws Exception {
      int before = transcripts();
      byte[] big = ("R: " + "word ".repeat(230_000)).getBytes(StandardCharsets.UTF_8);
      mvc.perform(
              org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                      "/transcripts/new")
                  .file(
                      new org.springframework.mock.web.MockMultipartFile(
                          "file", "big.txt", "text/plain", big))
                  .param("participantCode", "P-big")
                  .with(user(coderA))
                  .with(csrf()))
          .andExpect(status().isBadRequest())
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                  .string(org.hamcrest.Matchers.containsString("nothing was stored")));
      assertThat(transcripts()).isEqualTo(before);
    }

    @Test
    void storesTheTextOnlyAsCiphertextWithTurnsAndQuestions() throws Exception {
      String json =
          "{\"turns\":[{\"speaker\":\"interviewer\",\"text\":\"Tell me about your family.\","
              + "\"question\":1},{\"speaker\":\"participant\",\"text\":\"My grandmother raised me"
              + " by the harbour.\",\"question\":1}]}";
      String body =
          importAs(coderA, importJson(TestWorkspace.unique("P"), json, coderB.username()))
              .andExpect(status().isCreated())
              .andExpect(jsonPath("$.transcript.sourceFormat").value("JSON"))
              .andExpect(jsonPath("$.turns[1].question").value(1))
              .andExpect(
                  jsonPath("$.turns[1].words").value("My grandmother raised me by the harbour."))
              .andReturn()
              .getResponse()
              .getContentAsString();
      UUID id = UUID.fromString(JsonPath.read(body, "$.transcript.id"));
      byte[] stored =
          jdbc.sql("SELECT body FROM transcript WHERE id = :id")
              .param("id", id)
              .query(byte[].class)
              .single();
      assertThat(new String(stored, StandardCharsets.ISO_8859_1))
          .doesNotContain("grandmother")
          .doesNotContain("harbour");
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(*) FROM transcript_turn WHERE transcript_id = :id AND question = 1")
                  .param("id", id)
                  .query(Integer.class)
                  .single())
          .isEqualTo(2);
      // The importing coder and the named coder are both assigned; a third coder is not.
      mvc.perform(get("/api/transcripts/" + id).with(user(coderB))).andExpect(status().isOk());
      SignedInUser stranger = workspace.person(Role.CODER);
      mvc.perform(get("/api/transcripts/" + id).with(user(stranger)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/transcripts/" + id).with(user(stranger))).andExpect(status().isNotFound());
      mvc.perform(get("/codings/" + id).with(user(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void aClinicianImportsForTheirOwnClientOnlyAndAssignsCoders() throws Exception {
      SignedInUser clinician = workspace.person(Role.CLINICIAN);
      SignedInUser other = workspace.person(Role.CLINICIAN);
      var own = workspace.clientOf(clinician, "synthetic");
      var theirs = workspace.clientOf(other, "synthetic");
      String content = quote(WorkbenchFixture.sampleText());
      importAs(clinician, "{\"clientId\":\"" + theirs.id() + "\",\"content\":" + content + "}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("clientId:")));
      String body =
          importAs(clinician, "{\"clientId\":\"" + own.id() + "\",\"content\":" + content + "}")
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString();
      String id = JsonPath.read(body, "$.transcript.id");
      mvc.perform(get("/api/transcripts/" + id).with(user(other))).andExpect(status().isNotFound());
      mvc.perform(get("/api/transcripts/" + id).with(user(coderA)))
          .andExpect(status().isNotFound());
      mvc.perform(
              post("/api/transcripts/" + id + "/coders")
                  .with(user(clinician))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"coder\":\"" + coderA.username() + "\"}"))
          .andExpect(status().isOk());
      mvc.perform(get("/api/transcripts/" + id).with(user(coderA)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.transcript.clientId").doesNotExist());
    }
  }

  @Nested
  class Blindness {

    @Test
    void aCoderSeesAnotherCodingOnlyWhenBothAreFinal() throws Exception {
      InterviewTranscript t = fixture.transcript(coderA, coderB);
      fixture.code(coderA, t.id(), "F1", false, "COHERENCE_OF_MIND", "6");
      fixture.code(coderB, t.id(), "Ds2", true, "COHERENCE_OF_MIND", "3");

      // A's draft and B's final: neither sees the other.
      mvc.perform(get("/api/codings/" + t.id() + "/coders/" + coderB.id()).with(user(coderA)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/codings/" + t.id() + "/coders/" + coderA.id()).with(user(coderB)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/codings/" + t.id()).with(user(coderA)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.length()").value(1))
          .andExpect(jsonPath("$[0].coder").value(coderA.username()));
      mvc.perform(
              get("/api/codings/" + t.id() + "/comparison")
                  .param("with", coderB.id().toString())
                  .with(user(coderA)))
          .andExpect(status().isNotFound());
      String page =
          mvc.perform(get("/codings/" + t.id() + "/comparison").with(user(coderA)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).doesNotContain("Ds2").contains("both");
      mvc.perform(
              get("/codings/" + t.id() + "/comparison")
                  .param("with", coderB.id().toString())
                  .with(user(coderA)))
          .andExpect(status().isNotFound());

      fixture.code(coderA, t.id(), "F1", true, "COHERENCE_OF_MIND", "6");

      mvc.perform(get("/api/codings/" + t.id() + "/coders/" + coderB.id()).with(user(coderA)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.classification").value("Ds2"));
      mvc.perform(
              get("/api/codings/" + t.id() + "/comparison")
                  .param("with", coderB.id().toString())
                  .with(user(coderA)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.differences").value(org.hamcrest.Matchers.greaterThan(0)));
      String after =
          mvc.perform(get("/codings/" + t.id() + "/comparison").with(user(coderA)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(after).contains("Ds2").contains("differs");
    }

    @Test
    void aConsensusIsRecordedByOneNamedCoderAfterBothAreFinal() throws Exception {
      InterviewTranscript t = fixture.transcript(coderA, coderB);
      fixture.code(coderA, t.id(), "F1", true, "COHERENCE_OF_MIND", "6");
      String body = "{\"classification\":\"F3\",\"scores\":{\"COHERENCE_OF_MIND\":\"6.5\"}}";
      mvc.perform(
              post("/api/codings/" + t.id() + "/consensus")
                  .with(user(coderA))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isBadRequest());
      fixture.code(coderB, t.id(), "F2", true, "COHERENCE_OF_MIND", "7");
      mvc.perform(
              post("/api/codings/" + t.id() + "/consensus")
                  .with(user(coderA))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.kind").value("CONSENSUS"))
          .andExpect(jsonPath("$.coder").value(coderA.username()))
          .andExpect(
              jsonPath("$.consensusOf")
                  .value(org.hamcrest.Matchers.containsString(coderB.username())));
    }
  }

  @Nested
  class Versions {

    @Test
    void aFinalCodingNeverChangesAndACorrectionIsANewVersionWithItsReason() throws Exception {
      InterviewTranscript t = fixture.transcript(coderA);
      saveAs(
              coderA,
              t.id(),
              "{\"classification\":\"E2\",\"scores\":{\"INVOLVING_ANGER:MOTHER\":\"6\","
                  + "\"COHERENCE_OF_MIND\":\"3.5\"},\"losses\":[{\"label\":\"grandfather, age 11\","
                  + "\"score\":\"3\"}]}")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.status").value("DRAFT"));
      saveAs(
              coderA,
              t.id(),
              "{\"classification\":\"E2\",\"scores\":{\"COHERENCE_OF_MIND\":\"3.5\"},\"finalized\":true}")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.status").value("FINAL"))
          .andExpect(jsonPath("$.version").value(1));

      saveAs(coderA, t.id(), "{\"classification\":\"F\",\"scores\":{\"COHERENCE_OF_MIND\":\"7\"}}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("status:")));
      String correction = "{\"classification\":\"E1\",\"scores\":{\"COHERENCE_OF_MIND\":\"4\"}";
      mvc.perform(
              post("/api/codings/" + t.id() + "/corrections")
                  .with(user(coderA))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(correction + "}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("reason:")));
      mvc.perform(
              post("/api/codings/" + t.id() + "/corrections")
                  .with(user(coderA))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(correction + ",\"reason\":\"Re-read question 7: passive, not angry.\"}"))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.version").value(2))
          .andExpect(jsonPath("$.classification").value("E1"))
          .andExpect(
              jsonPath("$.correctionReason").value("Re-read question 7: passive, not angry."));

      List<Map<String, Object>> rows =
          jdbc.sql(
                  "SELECT coding_version, status, classification FROM coding WHERE transcript_id = :t"
                      + " ORDER BY coding_version")
              .param("t", t.id())
              .query()
              .listOfRows();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0))
          .containsEntry("classification", "E2")
          .containsEntry("status", "FINAL");
      assertThat(rows.get(1)).containsEntry("classification", "E1");
      byte[] reason =
          jdbc.sql(
                  "SELECT correction_reason FROM coding WHERE transcript_id = :t AND coding_version = 2")
              .param("t", t.id())
              .query(byte[].class)
              .single();
      assertThat(new String(reason, StandardCharsets.ISO_8859_1)).doesNotContain("passive");
    }

    @Test
    void aDraftSavedFromAStaleFormIsRefusedWith409() throws Exception {
      InterviewTranscript t = fixture.transcript(coderA);
      saveAs(coderA, t.id(), "{\"classification\":\"F\"}")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.lockVersion").value(0));
      saveAs(coderA, t.id(), "{\"classification\":\"Ds\",\"lockVersion\":0}")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.lockVersion").value(1));
      saveAs(coderA, t.id(), "{\"classification\":\"E\",\"lockVersion\":0}")
          .andExpect(status().isConflict());
      mvc.perform(get("/api/codings/" + t.id() + "/mine").with(user(coderA)))
          .andExpect(jsonPath("$.classification").value("Ds"));
    }

    @Test
    void warningsInformWithoutChangingTheEntry() throws Exception {
      InterviewTranscript t = fixture.transcript(coderA);
      saveAs(
              coderA,
              t.id(),
              "{\"classification\":\"F\",\"scores\":{\"COHERENCE_OF_MIND\":\"3\","
                  + "\"UNRESOLVED_TRAUMA\":\"6\"}}")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.classification").value("F"))
          .andExpect(jsonPath("$.scores.COHERENCE_OF_MIND").value("3"))
          .andExpect(
              jsonPath("$.warnings[*].id")
                  .value(
                      org.hamcrest.Matchers.hasItems(
                          "SECURE_WITH_LOW_COHERENCE", "UNRESOLVED_NOT_ENTERED")))
          .andExpect(jsonPath("$.warnings[0].rulesId").isNotEmpty());
      String page =
          mvc.perform(get("/codings/" + t.id()).with(user(coderA)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("Consistency warnings").contains("coherence");
    }

    @Test
    void anOverlayWithoutAnOrganizedClassificationIsRefusedNamingTheField() throws Exception {
      InterviewTranscript t = fixture.transcript(coderA);
      mvc.perform(
              post("/codings/" + t.id())
                  .with(user(coderA))
                  .with(csrf())
                  .param("unresolved", "true")
                  .param("scores[LOVING:MOTHER]", "4.5")
                  .param("scores[COHERENCE_OF_MIND]", "12"))
          .andExpect(status().isBadRequest())
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                  .string(org.hamcrest.Matchers.containsString("best-fitting organized")));
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM coding WHERE transcript_id = :t")
                  .param("t", t.id())
                  .query(Integer.class)
                  .single())
          .isZero();
    }
  }

  @Nested
  class Earned {

    @Test
    void everyFinalCodingCarriesItsStatusWithRuleAndParameters() throws Exception {
      InterviewTranscript earnedT = fixture.transcript(coderA);
      InterviewTranscript continuousT = fixture.transcript(coderA);
      fixture.code(
          coderA,
          earnedT.id(),
          "F1",
          true,
          "COHERENCE_OF_MIND",
          "7",
          "LOVING:MOTHER",
          "2",
          "LOVING:FATHER",
          "6");
      // F3b with supportive experience: continuous. The subclass letter plays no part.
      String[] supportive = {
        "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "7", "LOVING:FATHER", "6.5",
        "REJECTING:MOTHER", "1", "REJECTING:FATHER", "1", "NEGLECTING:MOTHER", "1",
        "NEGLECTING:FATHER", "1", "ROLE_REVERSING:MOTHER", "1", "ROLE_REVERSING:FATHER", "1",
        "PUSHING_TO_ACHIEVE:MOTHER", "2", "PUSHING_TO_ACHIEVE:FATHER", "2"
      };
      fixture.code(coderA, continuousT.id(), "F3b", true, supportive);

      mvc.perform(get("/api/codings/" + earnedT.id() + "/mine").with(user(coderA)))
          .andExpect(jsonPath("$.earned.status").value("EARNED"))
          .andExpect(jsonPath("$.earned.ruleId").value(EarnedSecurityRule.DEFAULT.id()))
          .andExpect(jsonPath("$.earned.ruleVersion").value(EarnedSecurityRule.DEFAULT.version()))
          .andExpect(jsonPath("$.earned.parameters.LOVING_CUT").value("3"))
          .andExpect(jsonPath("$.earned.parameters.COH_CUT").value("5"))
          .andExpect(jsonPath("$.earned.parameters.NEG_CUT").value("5"));
      mvc.perform(get("/api/codings/" + continuousT.id() + "/mine").with(user(coderA)))
          .andExpect(jsonPath("$.earned.status").value("CONTINUOUS"));
      assertThat(
              jdbc.sql(
                      "SELECT e.parameters FROM earned_security e JOIN coding c ON c.id = e.coding_id"
                          + " WHERE c.transcript_id = :t")
                  .param("t", earnedT.id())
                  .query(String.class)
                  .single())
          .isEqualTo(StoredEarned.format(EarnedSecurityRule.DEFAULT.parameters()));

      String body =
          mvc.perform(get("/api/codings/earned").with(user(coderA)))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.codings.length()").value(2))
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<String> ids = JsonPath.read(body, "$.variants[*].ruleId");
      assertThat(ids)
          .containsExactlyElementsOf(
              EarnedSecurityRule.PUBLISHED_VARIANTS.stream().map(EarnedSecurityRule::id).toList());
      List<Integer> earnedCounts = JsonPath.read(body, "$.variants[*].earned");
      assertThat(earnedCounts).allMatch(n -> n >= 1);
      String page =
          mvc.perform(get("/codings/earned").with(user(coderA)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains(EarnedSecurityRule.DEFAULT.id()).contains("LOVING_CUT=3");
    }
  }

  @Nested
  class Prospective {

    @Test
    void anInsecureInfantAndASecureAdultIsProspectivelyEarnedKeptApartFromTheRetrospectiveFlag()
        throws Exception {
      InterviewTranscript t = fixture.transcript(coderA);
      // Supportive experience: retrospectively continuous, yet infant C: prospectively earned.
      fixture.code(
          coderA,
          t.id(),
          "F",
          true,
          "COHERENCE_OF_MIND",
          "7",
          "LOVING:MOTHER",
          "7",
          "LOVING:FATHER",
          "7",
          "REJECTING:MOTHER",
          "1",
          "REJECTING:FATHER",
          "1",
          "NEGLECTING:MOTHER",
          "1",
          "NEGLECTING:FATHER",
          "1",
          "ROLE_REVERSING:MOTHER",
          "1",
          "ROLE_REVERSING:FATHER",
          "1",
          "PUSHING_TO_ACHIEVE:MOTHER",
          "1",
          "PUSHING_TO_ACHIEVE:FATHER",
          "1");
      String url = "/api/transcripts/" + t.id() + "/infant-classifications";
      mvc.perform(
              post(url)
                  .with(user(coderA))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"category\":\"X\",\"caregiver\":\"MOTHER\",\"ageMonths\":\"12\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("category:")));
      mvc.perform(
              post(url)
                  .with(user(coderA))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"category\":\"C\",\"caregiver\":\"MOTHER\",\"ageMonths\":\"400\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("ageMonths:")));
      mvc.perform(
              post(url)
                  .with(user(coderA))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"category\":\"C\",\"caregiver\":\"MOTHER\",\"ageMonths\":\"12\"}"))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$[0].category").value("C"));

      String body =
          mvc.perform(get("/api/codings/earned").with(user(coderA)))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.codings[0].earned.status").value("CONTINUOUS"))
              .andExpect(jsonPath("$.codings[0].prospective.status").value("EARNED"))
              .andExpect(jsonPath("$.overlap.prospectiveOnly").value(1))
              .andExpect(jsonPath("$.overlap.bothEarned").value(0))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat((String) JsonPath.read(body, "$.codings[0].prospective.ruleId")).isNotBlank();
    }
  }

  @Nested
  class Reliability {

    @Test
    void figuresEqualTheCoresResults() throws Exception {
      String[][] a = {{"F1", "6", "2"}, {"Ds1", "3", "5"}, {"E2", "4", "4"}, {"U/F", "5.5", "6"}};
      String[][] b = {
        {"F2", "6.5", "2.5"}, {"Ds2", "3", "4"}, {"F3", "5", "4"}, {"U/Ds", "5", "7"}
      };
      for (int i = 0; i < a.length; i++) {
        InterviewTranscript t = fixture.transcript(coderA, coderB);
        fixture.code(
            coderA, t.id(), a[i][0], true, "COHERENCE_OF_MIND", a[i][1], "LOVING:MOTHER", a[i][2]);
        fixture.code(
            coderB, t.id(), b[i][0], true, "COHERENCE_OF_MIND", b[i][1], "LOVING:MOTHER", b[i][2]);
      }
      // Drafts never count.
      InterviewTranscript draft = fixture.transcript(coderA, coderB);
      fixture.code(coderA, draft.id(), "F", true, "COHERENCE_OF_MIND", "6");
      fixture.code(coderB, draft.id(), "E", false, "COHERENCE_OF_MIND", "2");

      String body =
          mvc.perform(get("/api/reliability").with(user(coderA)))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.iccForm").value("ICC2"))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat((Integer) JsonPath.read(body, "$.pairs.length()")).isEqualTo(1);
      assertThat((String) JsonPath.read(body, "$.pairs[0].coderB")).isEqualTo(coderB.username());

      for (ClassificationScheme scheme : ClassificationScheme.values()) {
        List<String> x =
            java.util.Arrays.stream(a)
                .map(
                    r ->
                        scheme.categoryOf(
                            org.securebase.core.attachment.Classification.parse(r[0])))
                .toList();
        List<String> y =
            java.util.Arrays.stream(b)
                .map(
                    r ->
                        scheme.categoryOf(
                            org.securebase.core.attachment.Classification.parse(r[0])))
                .toList();
        AgreementResult expected =
            CategoricalAgreement.of(
                x, y, scheme.categories(), CategoricalAgreement.DEFAULT_CONFIDENCE_LEVEL);
        String path = "$.pairs[0].classification[?(@.scheme == '" + scheme.name() + "')]";
        assertThat(first(body, path + ".percentAgreement"))
            .isCloseTo(expected.percentAgreement(), within(1e-12));
        List<Integer> n = JsonPath.read(body, path + ".n");
        assertThat(n.get(0)).isEqualTo(4);
        if (expected.kappa().isPresent()) {
          assertThat(first(body, path + ".kappa"))
              .isCloseTo(expected.kappa().get().estimate(), within(1e-12));
          assertThat(first(body, path + ".kappaInterval.lower"))
              .isCloseTo(expected.kappa().get().interval().lower(), within(1e-12));
        }
      }
      double[][] coherence = new double[a.length][2];
      for (int i = 0; i < a.length; i++) {
        coherence[i][0] = Double.parseDouble(a[i][1]);
        coherence[i][1] = Double.parseDouble(b[i][1]);
      }
      IccReport icc = IntraclassCorrelation.of(coherence);
      assertThat(first(body, "$.pairs[0].icc[?(@.scale == 'COHERENCE_OF_MIND')].value"))
          .isCloseTo(icc.preferred().value(), within(1e-12));
      assertThat(first(body, "$.pairs[0].icc[?(@.scale == 'COHERENCE_OF_MIND')].interval.upper"))
          .isCloseTo(icc.preferred().interval().upper(), within(1e-12));
      List<Number> benchmarks = JsonPath.read(body, "$.benchmarks[*].percentAgreement");
      assertThat(benchmarks.stream().map(Number::doubleValue).toList()).containsExactly(0.78, 0.80);

      String csv =
          mvc.perform(get("/reliability/report.csv").with(user(coderA)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(csv.lines().findFirst().orElseThrow()).startsWith("coder_a,coder_b,measure");
      assertThat(csv)
          .contains(String.format(java.util.Locale.ROOT, "%.6f", icc.preferred().value()));
      String page =
          mvc.perform(get("/reliability").with(user(coderA)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("78%").contains("80%").contains("ICC2");

      SignedInUser outsider = workspace.person(Role.CODER);
      mvc.perform(get("/api/reliability").with(user(outsider)))
          .andExpect(jsonPath("$.pairs.length()").value(0));
    }
  }
}
