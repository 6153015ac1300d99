package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.coding.StoredCoding;
import org.securebase.app.coding.WorkbenchFixture;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.InfantCategory;
import org.securebase.core.attachment.InfantClassification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Infant Strange Situation data lives once: the study's imported rows and the rows entered on a
 * workbench interview are one table, and once a coding of the interview is taken into the study
 * participant's wave, the workbench and the study read each other's rows (the same records, no
 * copies); the study's second table is gone.
 */
class InfantOnceIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired StudyAaiTable aai;
  @Autowired StudyEarnedSecurityReport reports;
  @Autowired StudyExport exports;
  @Autowired Interviews interviews;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

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
    study = studies.create(TestWorkspace.unique("IO"), "Infant once", researcher.username(), "t");
    code = TestWorkspace.unique("IP");
    imports.run(
        study.id(),
        ImportKind.WAVES,
        "wave,label,target_age_months\ninfancy,Infancy,12\nadulthood,Adulthood,312\n",
        false,
        researcher);
    imports.run(
        study.id(), ImportKind.PARTICIPANTS, "participant_id\n" + code + "\n", false, researcher);
    ImportReport r =
        imports.run(
            study.id(),
            ImportKind.INFANT,
            "participant_id,wave,caregiver,classification,age_months\n"
                + code
                + ",infancy,mother,C,12\n",
            false,
            researcher);
    assertThat(r.written()).isTrue();
    interview = fixture.transcript(code, coderA, coderB);
  }

  int rowsOfThisPerson() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM infant_classification WHERE transcript_id = :t OR"
                + " participant_id IN (SELECT id FROM study_participant WHERE study_id = :s)")
        .param("t", interview.id())
        .param("s", study.id())
        .query(Integer.class)
        .single();
  }

  @Test
  void theStudysSecondTableIsGone() {
    int tables =
        jdbc.sql(
                "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE LOWER(table_name) = 'study_infant'")
            .query(Integer.class)
            .single();
    assertThat(tables).isZero();
    assertThat(rowsOfThisPerson()).as("the imported row is in the one table").isEqualTo(1);
  }

  @Test
  void beforeALinkEachSideSeesOnlyItsOwnRows() {
    interviews.addInfantClassification(interview.id(), "A", "FATHER", "14", coderA);

    assertThat(interviews.infantClassifications(interview.id()))
        .extracting(InfantClassification::category)
        .containsExactly(InfantCategory.A);
    assertThat(studies.overview(study.id(), researcher).counts().infant()).isEqualTo(1);
  }

  @Test
  void onceLinkedTheWorkbenchAndTheStudyReadTheSameRows() throws Exception {
    interviews.addInfantClassification(interview.id(), "A", "FATHER", "14", coderA);
    fixture.code(coderA, interview.id(), "F3", true, "COHERENCE_OF_MIND", "7");
    fixture.code(coderB, interview.id(), "F3", true, "COHERENCE_OF_MIND", "6");
    StoredCoding consensus =
        fixture.consensus(coderA, interview.id(), "F3", "COHERENCE_OF_MIND", "7");

    aai.attach(study.id(), code, "adulthood", consensus.id(), researcher);

    // The workbench reads the study's imported row too ...
    assertThat(interviews.infantClassifications(interview.id()))
        .extracting(InfantClassification::category)
        .containsExactlyInAnyOrder(InfantCategory.A, InfantCategory.C);
    String page =
        mvc.perform(get("/transcripts/{id}", interview.id()).with(user(coderA)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("C (").contains("A (");
    // ... and the study reads the workbench's row, with no copy made either way.
    assertThat(studies.overview(study.id(), researcher).counts().infant()).isEqualTo(2);
    assertThat(rowsOfThisPerson()).isEqualTo(2);
    assertThat(reports.of(study.id(), researcher).overlap().excludedNoInfantData()).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StudyExport.Authorized a =
        exports.authorize(study.id(), StudyExport.Options.DEFAULT, researcher);
    exports.write(a.study(), a.options(), out);
    String infantCsv = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("infant_ssp.csv")) {
          infantCsv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    List<List<String>> rows = ExportSubsetIT.rows(infantCsv);
    assertThat(rows).hasSize(3);
    assertThat(rows.subList(1, 3))
        .extracting(r -> r.get(1) + "/" + r.get(2) + "/" + r.get(3))
        .containsExactlyInAnyOrder("infancy/MOTHER/C", "/FATHER/A");
  }

  @Test
  void reimportingTheStudyFileChangesNothing() {
    ImportReport again =
        imports.run(
            study.id(),
            ImportKind.INFANT,
            "participant_id,wave,caregiver,classification,age_months\n"
                + code
                + ",infancy,mother,C,12\n",
            false,
            researcher);

    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(rowsOfThisPerson()).isEqualTo(1);
  }
}
