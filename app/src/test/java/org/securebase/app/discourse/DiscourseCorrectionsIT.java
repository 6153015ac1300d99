package org.securebase.app.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.interview.TranscriptImport;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.discourse.IndicatorType;
import org.securebase.core.discourse.corpus.Corpus;
import org.securebase.core.discourse.corpus.CorpusItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Coders correct the analyzer: stored encrypted, private to each coder, exported as corpus data.
 */
class DiscourseCorrectionsIT extends IntegrationTest {

  static final String TEXT =
      "I: Tell me about your mother.\n"
          + "R: She was wonderful. We lived by the river and my brother fished.\n"
          + "I: What did you do when you were upset?\n"
          + "R: I went to my room and read, and later I came to see she was lonely herself.\n";

  @Autowired ApplicationContext context;
  @Autowired Interviews interviews;
  @Autowired DiscourseCorrections corrections;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  private InterviewTranscript transcript(SignedInUser coder, SignedInUser... others) {
    TranscriptImport form = new TranscriptImport();
    form.setParticipantCode(TestWorkspace.unique("DC"));
    form.setContent(TEXT);
    form.setCoders(java.util.Arrays.stream(others).map(SignedInUser::username).toList());
    return interviews.importTranscript(form, null, coder);
  }

  private static String wrong(int start, int end, String note) {
    return "{\"kind\":\"WRONG\",\"indicator\":\"unsupported_positive\",\"start\":"
        + start
        + ",\"end\":"
        + end
        + ",\"note\":\""
        + note
        + "\"}";
  }

  @Test
  void aCoderMarksAWrongAndAMissedIndicatorAndOnlyTheySeeThem() throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser coder = workspace.person(Role.CODER);
    SignedInUser other = workspace.person(Role.CODER);
    InterviewTranscript t = transcript(coder, other);
    int at = TEXT.indexOf("wonderful");
    String api = "/api/codings/" + t.id() + "/evidence/corrections";

    mvc.perform(
            post(api)
                .with(user(coder))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(wrong(at, at + 9, "a probe follows in the next answer")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("WRONG"))
        .andExpect(jsonPath("$.words").value("wonderful"));
    mvc.perform(
            post(api)
                .with(user(coder))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"MISSED\",\"indicator\":\"reflective\",\"words\":\"she was lonely"
                        + " herself\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.turnIndex").value(3));

    mvc.perform(
            post(api)
                .with(user(coder))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(wrong(at, at + 9, "again")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.start").exists());
    mvc.perform(get(api).with(user(coder))).andExpect(jsonPath("$.length()").value(2));
    mvc.perform(get(api).with(user(other))).andExpect(jsonPath("$.length()").value(0));
    SignedInUser stranger = workspace.person(Role.CODER);
    mvc.perform(get(api).with(user(stranger))).andExpect(status().isNotFound());

    byte[] stored =
        jdbc.sql(
                "SELECT words FROM discourse_correction WHERE transcript_id = :t AND kind = 'MISSED'")
            .param("t", t.id())
            .query(byte[].class)
            .single();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("lonely");
  }

  @Test
  void refusesBadInputNamingTheFieldAndStoresNothing() throws Exception {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    InterviewTranscript t = transcript(coder);
    String api = "/api/codings/" + t.id() + "/evidence/corrections";
    int river = TEXT.indexOf("river");

    mvc.perform(
            post(api)
                .with(user(coder))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(wrong(river, river + 5, "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.indicator").exists());
    mvc.perform(
            post(api)
                .with(user(coder))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"MISSED\",\"indicator\":\"reflective\",\"words\":\"not here\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.words").exists());
    mvc.perform(
            post(api)
                .with(user(coder))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"MAYBE\",\"indicator\":\"reflective\",\"words\":\"river\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.kind").exists());
    int interviewer = TEXT.indexOf("Tell me");
    mvc.perform(
            post(api)
                .with(user(coder))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"MISSED\",\"indicator\":\"reflective\",\"start\":"
                        + interviewer
                        + ",\"end\":"
                        + (interviewer + 7)
                        + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.start").exists());

    assertThat(corrections.mine(t.id(), coder)).isEmpty();
  }

  @Test
  void exportsCorrectionsAsCorpusItemsTheEvaluatorReads() throws Exception {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    InterviewTranscript t = transcript(coder);
    int at = TEXT.indexOf("wonderful");
    CorrectionForm wrong = new CorrectionForm();
    wrong.setKind("WRONG");
    wrong.setIndicator("unsupported_positive");
    wrong.setStart(at);
    wrong.setEnd(at + 9);
    corrections.add(t.id(), wrong, coder);
    CorrectionForm missed = new CorrectionForm();
    missed.setKind("MISSED");
    missed.setIndicator("reflective");
    missed.setWords("she was lonely herself");
    corrections.add(t.id(), missed, coder);

    String body =
        mvc.perform(get("/reliability/corrections.jsonl").with(user(coder)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Corpus corpus = Corpus.fromJsonLines("export", body);
    CorpusItem item = corpus.items().get(0);
    assertThat(item.id()).isEqualTo("correction-" + t.id());
    assertThat(item.expected()).contains(IndicatorType.REFLECTIVE);
    assertThat(item.expected()).doesNotContain(IndicatorType.UNSUPPORTED_POSITIVE);
    assertThat(item.text()).contains("she was lonely herself");
    assertThat(UUID.fromString(item.id().substring("correction-".length()))).isEqualTo(t.id());
  }

  @Test
  void theLabReportCountsMarksAndCorrectionsButGivesNoFiguresBelowTheMinimum() {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    InterviewTranscript t = transcript(coder);
    var before = corrections.labReport();
    CorrectionForm missed = new CorrectionForm();
    missed.setKind("MISSED");
    missed.setIndicator("metacognitive");
    missed.setWords("later I came to see");
    corrections.add(t.id(), missed, coder);

    var after = corrections.labReport();
    assertThat(after.reviews()).isEqualTo(before.reviews() + 1);
    int k = IndicatorType.METACOGNITIVE.ordinal();
    assertThat(after.rows().get(k).missed()).isEqualTo(before.rows().get(k).missed() + 1);
    if (!after.enough()) {
      assertThat(after.rows().get(k).recall()).isEmpty();
    }
  }
}
