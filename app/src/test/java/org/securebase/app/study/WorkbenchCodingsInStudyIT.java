package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.coding.StoredCoding;
import org.securebase.app.coding.WorkbenchFixture;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A researcher takes a final or consensus coding from the coding workbench into a participant's
 * wave; the study's AAI table, its earned-security report and its export then show it with its
 * coder (a keyed hash in the export) and the rule that classified it. A draft never gets in.
 */
class WorkbenchCodingsInStudyIT extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired StudyEarnedSecurityReport reports;
  @Autowired StudyExport exports;

  SignedInUser researcher;
  SignedInUser coderA;
  SignedInUser coderB;
  Study study;
  String code;
  InterviewTranscript interview;
  WorkbenchFixture fixture;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    fixture = new WorkbenchFixture(context);
    researcher = workspace.person(Role.RESEARCHER);
    coderA = workspace.person(Role.CODER);
    coderB = workspace.person(Role.CODER);
    study = studies.create(TestWorkspace.unique("WB"), "Workbench", researcher.username(), "test");
    code = TestWorkspace.unique("WP");
    imports.run(
        study.id(),
        ImportKind.WAVES,
        "wave,label,target_age_months\ninfancy,Infancy,12\nadulthood,Adulthood,312\n",
        false,
        researcher);
    imports.run(
        study.id(), ImportKind.PARTICIPANTS, "participant_id\n" + code + "\n", false, researcher);
    imports.run(
        study.id(),
        ImportKind.INFANT,
        "participant_id,wave,caregiver,classification,age_months\n"
            + code
            + ",infancy,mother,A,12\n",
        false,
        researcher);
    interview = fixture.transcript(code, coderA, coderB);
  }

  StoredCoding finalsAndConsensus() {
    fixture.code(
        coderA, interview.id(), "F3", true, "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "6");
    fixture.code(
        coderB, interview.id(), "F1", true, "COHERENCE_OF_MIND", "6", "LOVING:MOTHER", "3");
    return fixture.consensus(
        coderA, interview.id(), "F3", "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "5");
  }

  ResultActions attach(SignedInUser who, UUID codingId, String wave) throws Exception {
    return mvc.perform(
        post("/studies/{id}/aai", study.id())
            .with(user(who))
            .with(csrf())
            .param("participant", code)
            .param("wave", wave)
            .param("codingId", codingId.toString()));
  }

  Map<String, Object> aaiRow() {
    return jdbc.sql(
            "SELECT a.source, a.coding_id, a.coding_kind, a.classification, a.coder, a.scores,"
                + " a.rule_id, a.rule_version, a.rule_parameters, a.earned_status FROM study_aai a"
                + " JOIN study_participant p ON p.id = a.participant_id WHERE p.study_id = :s")
        .param("s", study.id())
        .query()
        .singleRow();
  }

  int aaiRows() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM study_aai a JOIN study_participant p ON p.id = a.participant_id"
                + " WHERE p.study_id = :s")
        .param("s", study.id())
        .query(Integer.class)
        .single();
  }

  @Test
  void listsConsensusAndFinalCodingsButNeverADraft() throws Exception {
    fixture.code(coderA, interview.id(), "F3", true, "COHERENCE_OF_MIND", "7");
    StoredCoding draft =
        fixture.code(coderB, interview.id(), "Ds1", false, "COHERENCE_OF_MIND", "3");

    StudyAaiTable.Page page =
        context.getBean(StudyAaiTable.class).page(study.id(), code, researcher);

    assertThat(page.candidates())
        .extracting(StudyAaiTable.Candidate::classification)
        .containsExactly("F3");
    assertThat(page.candidates())
        .extracting(StudyAaiTable.Candidate::codingId)
        .doesNotContain(draft.id());
    String html =
        mvc.perform(
                get("/studies/{id}/aai", study.id())
                    .param("participant", code)
                    .with(user(researcher)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("attach-form").contains("F3").doesNotContain("Ds1");
  }

  @Test
  void refusesADraftAndStoresNothing() throws Exception {
    StoredCoding draft =
        fixture.code(coderA, interview.id(), "F3", false, "COHERENCE_OF_MIND", "7");

    String body =
        attach(researcher, draft.id(), "adulthood")
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(body).contains("attach-error").contains("final or consensus coding");
    assertThat(aaiRows()).isZero();
  }

  @Test
  void refusesAnotherParticipantsCodingAndAnUnknownWave() throws Exception {
    InterviewTranscript other = fixture.transcript(TestWorkspace.unique("WQ"), coderA);
    StoredCoding theirs = fixture.code(coderA, other.id(), "F3", true, "COHERENCE_OF_MIND", "7");
    StoredCoding mine = fixture.code(coderA, interview.id(), "F3", true, "COHERENCE_OF_MIND", "7");

    attach(researcher, theirs.id(), "adulthood").andExpect(status().isBadRequest());
    attach(researcher, mine.id(), "no-such-wave").andExpect(status().isBadRequest());
    assertThat(aaiRows()).isZero();
  }

  @Test
  void aResearcherOfAnotherStudyGetsA404() throws Exception {
    StoredCoding consensus = finalsAndConsensus();
    SignedInUser stranger = new TestWorkspace(context).person(Role.RESEARCHER);

    attach(stranger, consensus.id(), "adulthood").andExpect(status().isNotFound());
    assertThat(aaiRows()).isZero();
  }

  @Test
  void theConsensusShowsInTheTableTheReportAndTheExportWithCoderAndRule() throws Exception {
    StoredCoding consensus = finalsAndConsensus();

    attach(researcher, consensus.id(), "adulthood").andExpect(status().is3xxRedirection());

    Map<String, Object> row = aaiRow();
    assertThat(row.get("source")).isEqualTo("WORKBENCH");
    assertThat(row.get("coding_id")).isEqualTo(consensus.id());
    assertThat(row.get("coding_kind")).isEqualTo("CONSENSUS");
    assertThat(row.get("classification")).isEqualTo("F3");
    assertThat(row.get("coder")).isEqualTo(coderA.displayName());
    assertThat((String) row.get("scores")).contains("coherence_of_mind=7", "loving_mother=5");
    assertThat(row.get("rule_id")).isEqualTo(EarnedSecurityRule.DEFAULT.id());
    assertThat(row.get("rule_parameters")).isEqualTo(consensus.earned().parameters());
    assertThat(row.get("earned_status")).isEqualTo(consensus.earned().status());

    String html =
        mvc.perform(get("/studies/{id}/aai", study.id()).with(user(researcher)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains(coderA.displayName()).contains(EarnedSecurityRule.DEFAULT.id());

    StudyEarnedSecurityReport.Result report = reports.of(study.id(), researcher);
    assertThat(report.coders()).containsEntry(coderA.displayName(), 1);
    assertThat(report.workbench())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.participant()).isEqualTo(code);
              assertThat(w.kind()).isEqualTo("CONSENSUS");
              assertThat(w.ruleId()).isEqualTo(EarnedSecurityRule.DEFAULT.id());
              assertThat(w.ruleParameters()).isEqualTo(consensus.earned().parameters());
            });
    // The infant record of the same participant joins the workbench coding in the 2x2 table.
    assertThat(report.overlap().excludedNoInfantData()).isZero();

    Map<String, String> files = export();
    List<List<String>> aai = ExportSubsetIT.rows(files.get("aai.csv"));
    List<String> header = aai.get(0);
    List<String> line = aai.get(1);
    assertThat(line.get(header.indexOf("source"))).isEqualTo("WORKBENCH");
    assertThat(line.get(header.indexOf("coding_kind"))).isEqualTo("CONSENSUS");
    assertThat(line.get(header.indexOf("rule")))
        .isEqualTo(EarnedSecurityRule.DEFAULT.id() + " " + EarnedSecurityRule.DEFAULT.version());
    assertThat(line.get(header.indexOf("rule_parameters")))
        .isEqualTo(consensus.earned().parameters());
    assertThat(line.get(header.indexOf("coder"))).matches("c[0-9a-f]{16}");
    assertThat(String.join("\n", files.values()))
        .doesNotContain(coderA.displayName())
        .doesNotContain(coderA.username())
        .doesNotContain(code);
    assertThat(files.get("dictionary.csv")).contains("rule_parameters").contains("coding_kind");
  }

  @Test
  void reimportingAnAaiFileReplacesTheWorkbenchCoding() throws Exception {
    StoredCoding consensus = finalsAndConsensus();
    attach(researcher, consensus.id(), "adulthood").andExpect(status().is3xxRedirection());

    ImportReport r =
        imports.run(
            study.id(),
            ImportKind.AAI,
            "participant_id,wave,classification,coder,coherence_of_mind\n"
                + code
                + ",adulthood,F1,K. Coder,6\n",
            false,
            researcher);

    assertThat(r.written()).isTrue();
    Map<String, Object> row = aaiRow();
    assertThat(row.get("source")).isEqualTo("IMPORT");
    assertThat(row.get("coding_id")).isNull();
    assertThat(row.get("rule_id")).isNull();
    assertThat(row.get("coder")).isEqualTo("K. Coder");
  }

  Map<String, String> export() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    StudyExport.Authorized a =
        exports.authorize(study.id(), StudyExport.Options.DEFAULT, researcher);
    exports.write(a.study(), a.options(), out);
    Map<String, String> files = new java.util.LinkedHashMap<>();
    try (var zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
