package org.securebase.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.coding.WorkbenchFixture;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.kernel.InputRules;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.UploadedText;
import org.securebase.app.study.Studies;
import org.securebase.app.study.Study;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Hostile and broken input over HTTP (issue 12): each case is a 400 (or 413) that names the field,
 * and nothing is stored. Runs on H2 and, with SECUREBASE_TEST_PG_URL, on PostgreSQL, where NUL in
 * text was a 500 before the central guards.
 */
class HostileInputIT extends IntegrationTest {

  private static final String END_OF_TIME = "-999999999-01-01T00:00";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Studies studies;

  TestWorkspace workspace;
  SignedInUser clinician;
  SignedInUser client;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientPerson(clinician);
  }

  private long rows(String table, String column, UUID id) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private ResultActions postJson(SignedInUser who, String path, String json) throws Exception {
    return postJson(who, path, json.getBytes(StandardCharsets.UTF_8));
  }

  private ResultActions postJson(SignedInUser who, String path, byte[] json) throws Exception {
    return mvc.perform(
        post(path)
            .with(user(who))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private static String activationJson(String occurredAt) {
    return "{\"occurredAt\":\""
        + occurredAt
        + "\",\"trigger\":\"SEPARATION\",\"pull\":\"ANXIOUS_PROTEST\","
        + "\"noticedAndNamed\":true,\"minutesUntilSettled\":20}";
  }

  @Nested
  class Dates {

    @Test
    void anActivationDatedAtTheEndOfTimeIsRefusedOverJsonAndThePagesStillWork() throws Exception {
      postJson(client, "/api/me/activations", activationJson(END_OF_TIME))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(InputRules.DATE_OUT_OF_RANGE))
          .andExpect(jsonPath("$.errors.occurredAt").value(Matchers.containsString("1900-01-01")))
          .andExpect(jsonPath("$.detail").value(Matchers.startsWith("occurredAt:")));
      postJson(client, "/api/me/activations", activationJson("2101-01-01T09:00"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors.occurredAt").exists());
      assertThat(rows("activation", "client_id", client.clientId())).isZero();
      mvc.perform(get("/me/recovery").with(user(client))).andExpect(status().isOk());
      mvc.perform(get("/api/me/recovery").with(user(client))).andExpect(status().isOk());
    }

    @Test
    void anActivationDatedAtTheEndOfTimeIsRefusedFromTheForm() throws Exception {
      mvc.perform(
              post("/me/activations")
                  .with(user(client))
                  .with(csrf())
                  .param("occurredAt", END_OF_TIME)
                  .param("trigger", "SEPARATION")
                  .param("pull", "ANXIOUS_PROTEST")
                  .param("noticedAndNamed", "true")
                  .param("minutesUntilSettled", "20"))
          .andExpect(status().isBadRequest())
          // Named as the form labels it; the property name never reaches the page.
          .andExpect(content().string(Matchers.containsString("“When”")))
          .andExpect(content().string(Matchers.not(Matchers.containsString("occurredAt"))))
          .andExpect(content().string(Matchers.containsString("1900-01-01")));
      mvc.perform(
              post("/me/setbacks")
                  .with(user(client))
                  .with(csrf())
                  .param("occurredOn", "0001-01-01")
                  .param("kind", "OTHER"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.containsString("“Date”")))
          .andExpect(content().string(Matchers.not(Matchers.containsString("occurredOn"))));
      assertThat(rows("activation", "client_id", client.clientId())).isZero();
      assertThat(rows("setback", "client_id", client.clientId())).isZero();
    }

    @Test
    void aQueryParameterDateOutsideTheCalendarNamesTheParameter() throws Exception {
      mvc.perform(get("/api/appointments").param("from", "0001-01-01").with(user(clinician)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors.from").exists());
      mvc.perform(get("/api/appointments").param("to", "+999999999-12-31").with(user(clinician)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors.to").exists());
    }

    @Test
    void aCsvDateOutsideTheCalendarIsAProblemOfItsRowAndNothingIsStored() throws Exception {
      Study study = study();
      importCsv(study, "participant_id,enrolled_on\nP1,2000-01-01\nP2,1800-01-01\n")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.written").value(false))
          .andExpect(jsonPath("$.problems[0].row").value(3))
          .andExpect(jsonPath("$.problems[0].column").value("enrolled_on"))
          .andExpect(
              jsonPath("$.problems[0].reason").value(Matchers.containsString("allowed range")));
      assertThat(rows("study_participant", "study_id", study.id())).isZero();
    }
  }

  @Nested
  class Counts {

    private String draft(String count) {
      return "{\"heldOn\":\"2026-11-20\",\"modality\":\"mentalization-based treatment\","
          + "\"progress\":[{\"objectiveKey\":\""
          + UUID.randomUUID()
          + "\",\"count\":"
          + count
          + "}]}";
    }

    @Test
    void aSessionDraftWithANegativeOrHugeCountIsRefusedNamingTheRow() throws Exception {
      Client c = workspace.clientOf(clinician, "Synthetic note.");
      String path = "/api/clients/" + c.id() + "/sessions/draft";
      for (String count : new String[] {"-1", "501", "2147483647"}) {
        postJson(clinician, path, draft(count))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors['progress[0].count']").exists());
      }
      postJson(clinician, path, draft("99999999999"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(Matchers.containsString("progress[0].count")))
          .andExpect(jsonPath("$.errors['progress[0].count']").exists());
    }

    @Test
    void aSessionFormWithANegativeCountStoresNothing() throws Exception {
      Client c = workspace.clientOf(clinician, "Synthetic note.");
      mvc.perform(
              post("/clients/" + c.id() + "/sessions/new")
                  .with(user(clinician))
                  .with(csrf())
                  .param("heldOn", "2026-11-20")
                  .param("modality", "mentalization-based treatment")
                  .param("progress[0].objectiveKey", UUID.randomUUID().toString())
                  .param("progress[0].count", "-5"))
          .andExpect(status().isBadRequest());
      assertThat(rows("therapy_session", "client_id", c.id())).isZero();
    }
  }

  @Nested
  class Codings {

    @Test
    void nullInsideTheLossListIsRefusedNamingItsPlace() throws Exception {
      SignedInUser coder = workspace.person(Role.CODER);
      InterviewTranscript t = new WorkbenchFixture(context).transcript(coder);
      mvc.perform(
              put("/api/codings/" + t.id() + "/mine")
                  .with(user(coder))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      "{\"classification\":\"E2\",\"scores\":{\"COHERENCE_OF_MIND\":\"3.5\"},"
                          + "\"losses\":[{\"label\":\"grandfather\",\"score\":\"3\"},null]}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors['losses[1]']").exists());
      mvc.perform(
              put("/api/codings/" + t.id() + "/mine")
                  .with(user(coder))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      "{\"classification\":\"E2\",\"losses\":[{\"label\":\"grand\\u0000father\","
                          + "\"score\":\"3\"}]}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(InputRules.TEXT_NUL))
          .andExpect(jsonPath("$.errors['losses[0].label']").exists());
      assertThat(rows("coding", "transcript_id", t.id())).isZero();
    }
  }

  @Nested
  class Text {

    @Test
    void nulInAFormFieldIsRefusedNamingTheField() throws Exception {
      mvc.perform(
              post("/me/journal/new")
                  .with(user(client))
                  .with(csrf())
                  .param("body", "Walked home\u0000 - synthetic")
                  .param("shared", "false"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.containsString("“Text”")));
      assertThat(rows("journal_entry", "client_id", client.clientId())).isZero();
    }

    @Test
    void nulInAJsonStringIsRefusedNamingTheField() throws Exception {
      postJson(client, "/api/me/journal", "{\"body\":\"Walked home\\u0000\",\"shared\":false}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(InputRules.TEXT_NUL))
          .andExpect(jsonPath("$.errors.body").exists());
      assertThat(rows("journal_entry", "client_id", client.clientId())).isZero();
    }

    @Test
    void aLoneSurrogateInJsonIsRefusedNamingTheField() throws Exception {
      postJson(client, "/api/me/journal", "{\"body\":\"half \\ud800 a pair\",\"shared\":false}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(InputRules.TEXT_LONE_SURROGATE))
          .andExpect(jsonPath("$.errors.body").exists());
      postJson(client, "/api/me/journal", "{\"body\":\"late half \\udc00\",\"shared\":false}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors.body").exists());
      // The same surrogate as raw (invalid) UTF-8 bytes instead of an escape.
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      raw.writeBytes("{\"body\":\"raw ".getBytes(StandardCharsets.UTF_8));
      raw.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
      raw.writeBytes("\",\"shared\":false}".getBytes(StandardCharsets.UTF_8));
      postJson(client, "/api/me/journal", raw.toByteArray()).andExpect(status().isBadRequest());
      // A proper pair is text like any other.
      postJson(client, "/api/me/journal", "{\"body\":\"a smile \\ud83d\\ude00\",\"shared\":false}")
          .andExpect(status().isCreated());
      assertThat(rows("journal_entry", "client_id", client.clientId())).isEqualTo(1);
    }
  }

  @Nested
  class CsvImports {

    @Test
    void invalidUtf8IsRefusedNamingTheLineAndNothingIsStored() throws Exception {
      Study study = study();
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      csv.writeBytes(
          "participant_id,enrolled_on\nP1,2000-01-01\nP".getBytes(StandardCharsets.UTF_8));
      csv.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
      csv.writeBytes("2,2000-01-02\n".getBytes(StandardCharsets.UTF_8));
      importCsv(study, csv.toByteArray())
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(UploadedText.INVALID_ENCODING))
          .andExpect(jsonPath("$.errors.body").value(Matchers.containsString("line 3")));
      mvc.perform(
              multipart("/studies/" + study.id() + "/import")
                  .file(new MockMultipartFile("file", "p.csv", "text/csv", csv.toByteArray()))
                  .param("kind", "participants")
                  .with(user(researcher))
                  .with(csrf()))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.containsString("line 3")));
      assertThat(rows("study_participant", "study_id", study.id())).isZero();
    }

    @Test
    void aCharsetTheServerDoesNotKnowIsRefusedAs415() throws Exception {
      Study study = study();
      mvc.perform(
              post("/api/studies/" + study.id() + "/imports/participants")
                  .with(user(researcher))
                  .with(csrf())
                  .contentType("text/csv;charset=no-such-charset")
                  .content(
                      "participant_id,enrolled_on\nP1,2000-01-01\n"
                          .getBytes(StandardCharsets.UTF_8)))
          .andExpect(status().isUnsupportedMediaType());
      assertThat(rows("study_participant", "study_id", study.id())).isZero();
    }

    @Test
    void nulInACsvIsRefusedNamingTheLine() throws Exception {
      Study study = study();
      importCsv(study, "participant_id,enrolled_on\nP1,2000-01-01\nP\u00002,2000-01-02\n")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(UploadedText.NUL))
          .andExpect(jsonPath("$.errors.body").value(Matchers.containsString("3")));
      assertThat(rows("study_participant", "study_id", study.id())).isZero();
    }

    @Test
    void aBodyOverFiftyMegabytesIs413AndNothingIsStored() throws Exception {
      Study study = study();
      byte[] header = "participant_id,enrolled_on\n".getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[(int) UploadedText.MAX_BYTES + 1];
      Arrays.fill(body, (byte) '\n');
      System.arraycopy(header, 0, body, 0, header.length);
      importCsv(study, body)
          .andExpect(status().is(413))
          .andExpect(jsonPath("$.detail").value(Matchers.containsString("50 MB")));
      assertThat(rows("study_participant", "study_id", study.id())).isZero();
    }
  }

  SignedInUser researcher;

  private Study study() {
    researcher = workspace.person(Role.RESEARCHER);
    return studies.create(
        TestWorkspace.unique("S"), "A synthetic study", researcher.username(), "test");
  }

  private ResultActions importCsv(Study study, String csv) throws Exception {
    return importCsv(study, csv.getBytes(StandardCharsets.UTF_8));
  }

  private ResultActions importCsv(Study study, byte[] csv) throws Exception {
    return mvc.perform(
        post("/api/studies/" + study.id() + "/imports/participants")
            .with(user(researcher))
            .with(csrf())
            .contentType("text/csv")
            .content(csv));
  }
}
