package org.securebase.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The clinician of a client sees the agreed classification of the client's interview, with coder
 * and rule: the consensus once recorded, before that each coder's final coding, never a draft.
 * Another clinician gets a 404, a coder (even one of the interview's coders) a 403.
 */
class ClientClassificationIT extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  WorkbenchFixture fixture;
  SignedInUser clinician;
  SignedInUser otherClinician;
  SignedInUser coderA;
  SignedInUser coderB;
  InterviewTranscript interview;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    fixture = new WorkbenchFixture(context);
    clinician = workspace.person(Role.CLINICIAN);
    otherClinician = workspace.person(Role.CLINICIAN);
    coderA = workspace.person(Role.CODER);
    coderB = workspace.person(Role.CODER);
    var client = workspace.clientOf(clinician, "Synthetic note.");
    interview = fixture.clientTranscript(clinician, client.id(), coderA, coderB);
  }

  String page(SignedInUser who) throws Exception {
    return mvc.perform(get("/transcripts/{id}/classification", interview.id()).with(user(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void showsNothingWhileTheCodingsAreDrafts() throws Exception {
    fixture.code(coderA, interview.id(), "Ds1", false, "COHERENCE_OF_MIND", "3");

    assertThat(page(clinician)).contains("id=\"agreed-none\"").doesNotContain("Ds1");
    mvc.perform(get("/api/transcripts/{id}/classification", interview.id()).with(user(clinician)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.agreed").value("none"))
        .andExpect(jsonPath("$.codings").isEmpty());
  }

  @Test
  void showsEachFinalCodingButNotTheOtherCodersDraft() throws Exception {
    fixture.code(
        coderA, interview.id(), "F3", true, "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "6");
    fixture.code(coderB, interview.id(), "Ds1", false, "COHERENCE_OF_MIND", "3");

    String html = page(clinician);
    assertThat(html).contains("F3").contains(coderA.displayName()).doesNotContain("Ds1");
    assertThat(html.split("agreed-final", -1)).as("one final coding shown").hasSize(2);
    mvc.perform(get("/api/transcripts/{id}/classification", interview.id()).with(user(clinician)))
        .andExpect(jsonPath("$.agreed").value("final"))
        .andExpect(jsonPath("$.codings.length()").value(1))
        .andExpect(jsonPath("$.codings[0].classification").value("F3"))
        .andExpect(jsonPath("$.codings[0].coder").value(coderA.displayName()))
        .andExpect(jsonPath("$.codings[0].ruleId").value(EarnedSecurityRule.DEFAULT.id()))
        .andExpect(jsonPath("$.codings[0].ruleParameters").isMap());
  }

  @Test
  void showsOnlyTheConsensusOnceRecordedWithItsCoderAndRule() throws Exception {
    fixture.code(
        coderA, interview.id(), "F3", true, "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "6");
    fixture.code(
        coderB, interview.id(), "F1", true, "COHERENCE_OF_MIND", "6", "LOVING:MOTHER", "3");
    StoredCoding consensus =
        fixture.consensus(
            coderA, interview.id(), "F3", "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "5");

    String html = page(clinician);
    assertThat(html)
        .contains("agreed-consensus")
        .contains(EarnedSecurityRule.DEFAULT.id())
        .doesNotContain("agreed-final")
        .doesNotContain(">F1<");
    mvc.perform(get("/api/transcripts/{id}/classification", interview.id()).with(user(clinician)))
        .andExpect(jsonPath("$.agreed").value("consensus"))
        .andExpect(jsonPath("$.codings.length()").value(1))
        .andExpect(jsonPath("$.codings[0].id").value(consensus.id().toString()))
        .andExpect(jsonPath("$.codings[0].kind").value("CONSENSUS"))
        .andExpect(jsonPath("$.codings[0].consensusOf").value(consensus.consensusOf()))
        .andExpect(jsonPath("$.codings[0].earnedStatus").value(consensus.earned().status()))
        .andExpect(jsonPath("$.codings[0].ruleVersion").value(consensus.earned().ruleVersion()));
    int reads =
        jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'READ' AND record_id = :id")
            .param("id", consensus.id().toString())
            .query(Integer.class)
            .single();
    assertThat(reads).isPositive();
  }

  @Test
  void anotherClinicianSeesNothingAndCodersAreRefused() throws Exception {
    fixture.code(coderA, interview.id(), "F3", true, "COHERENCE_OF_MIND", "7");

    mvc.perform(get("/transcripts/{id}/classification", interview.id()).with(user(otherClinician)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/transcripts/{id}/classification", interview.id()).with(user(otherClinician)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/transcripts/{id}/classification", interview.id()).with(user(coderB)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/transcripts/{id}/classification", interview.id()).with(user(coderA)))
        .andExpect(status().isForbidden());
  }
}
