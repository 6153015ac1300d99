package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.RequiredTool;
import org.securebase.app.TestWorkspace;
import org.securebase.app.crypto.PseudonymMac;
import org.securebase.app.demo.DemoStudy;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.study.ImportReport.Problem;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.securebase.core.attachment.EarnedSecuritySensitivityTable;
import org.securebase.core.attachment.RetrospectiveProspectiveOverlap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class StudyIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired StudyEarnedSecurityReport reports;
  @Autowired StudyExport exports;
  @Autowired ExportApprovals approvals;
  @Autowired PseudonymMac mac;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.test.web.servlet.MockMvc mvc;
  @Autowired org.securebase.app.audit.AuditLog audit;

  TestWorkspace workspace;
  SignedInUser researcher;
  Study study;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    researcher = workspace.person(Role.RESEARCHER);
    study =
        studies.create(
            TestWorkspace.unique("S"), "A synthetic study", researcher.username(), "test");
  }

  ImportReport importSample(String kind, String file, boolean cleanRowsOnly) {
    return imports.run(
        study.id(), ImportKind.fromCode(kind), DemoStudy.sample(file), cleanRowsOnly, researcher);
  }

  ImportReport importText(String kind, String csv, boolean cleanRowsOnly) {
    return imports.run(study.id(), ImportKind.fromCode(kind), csv, cleanRowsOnly, researcher);
  }

  void importEverySample() {
    for (String name : DemoStudy.FILES) {
      ImportReport r = importSample(name, name + ".csv", false);
      assertThat(r.problems()).as(name).isEmpty();
      assertThat(r.written()).as(name).isTrue();
    }
  }

  int count(String table) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM "
                + table
                + " t JOIN study_participant p ON p.id = t.participant_id WHERE p.study_id = :s")
        .param("s", study.id())
        .query(Integer.class)
        .single();
  }

  @Nested
  class Import {

    @Test
    void importsTheSyntheticThreeWaveStudy() {
      importEverySample();

      Studies.Overview o = studies.overview(study.id(), researcher);
      assertThat(o.participants()).isEqualTo(12);
      assertThat(o.waves())
          .extracting(StudyWave::name)
          .containsExactly("infancy", "adolescence", "adulthood");
      assertThat(o.variables()).hasSize(7);
      assertThat(o.counts().infant()).isEqualTo(12);
      assertThat(o.counts().aai()).isEqualTo(13);
      assertThat(o.counts().questionnaires()).isEqualTo(46);
      assertThat(o.coders()).containsExactly("K. Coder", "L. Second-Coder");
    }

    @Test
    void reimportingTheSameFilesChangesNothing() {
      importEverySample();
      int values = count("study_value");

      for (String name : DemoStudy.FILES) {
        ImportReport again = importSample(name, name + ".csv", false);
        assertThat(again.inserted()).as(name).isZero();
        assertThat(again.updated()).as(name).isZero();
        assertThat(again.unchanged()).as(name).isPositive();
      }
      assertThat(count("study_value")).isEqualTo(values);
      assertThat(count("study_aai")).isEqualTo(13);
    }

    @Test
    void refusesABrokenFileWithEveryProblemAndStoresNothing() {
      importSample("waves", "waves.csv", false);
      importSample("participants", "participants.csv", false);

      ImportReport r = importSample("infant", "infant-with-problems.csv", false);

      assertThat(r.written()).isFalse();
      assertThat(r.rows()).isEqualTo(6);
      assertThat(r.rowsWithProblems()).isEqualTo(5);
      assertThat(r.problems())
          .extracting(Problem::row, Problem::column)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(3, "participant_id"),
              org.assertj.core.groups.Tuple.tuple(4, "classification"),
              org.assertj.core.groups.Tuple.tuple(5, "age_months"),
              org.assertj.core.groups.Tuple.tuple(6, "wave"),
              org.assertj.core.groups.Tuple.tuple(7, ""));
      assertThat(r.problems().get(0).reason()).startsWith("unknown id").contains("P099");
      assertThat(r.problems().get(1).reason()).contains("value outside the allowed set");
      assertThat(r.problems().get(2).reason()).contains("not a number");
      assertThat(r.problems().get(3).reason()).startsWith("unknown wave");
      assertThat(r.problems().get(4).reason()).contains("duplicate row").contains("row 2");
      assertThat(count("infant_classification")).isZero();
    }

    @Test
    void importsOnlyTheCleanRowsWhenAskedAndReportsTheRest() {
      importSample("waves", "waves.csv", false);
      importSample("participants", "participants.csv", false);

      ImportReport r = importSample("infant", "infant-with-problems.csv", true);

      assertThat(r.written()).isTrue();
      assertThat(r.inserted()).isEqualTo(1);
      assertThat(r.problems()).hasSize(5);
      assertThat(count("infant_classification")).isEqualTo(1);
    }

    @Test
    void namesUnknownColumnsAndDatesInTheWrongFormat() {
      importEverySample();

      ImportReport unknown =
          importText("values", "participant_id,wave,shoe_size\nP001,infancy,42\n", true);
      assertThat(unknown.written()).isFalse();
      assertThat(unknown.problems())
          .containsExactly(
              new Problem(
                  1,
                  "shoe_size",
                  "unknown column: not a variable of this study's data dictionary"));

      ImportReport date =
          importText(
              "values",
              "participant_id,wave,visit_date,child_sex,postcode\n"
                  + "P001,infancy,02/01/2001,3,not-a-problem\n",
              false);
      assertThat(date.written()).isFalse();
      assertThat(date.problems())
          .extracting(Problem::row, Problem::column)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2, "visit_date"),
              org.assertj.core.groups.Tuple.tuple(2, "child_sex"));
      assertThat(date.problems().get(0).reason()).startsWith("date in the wrong format");
      assertThat(date.problems().get(1).reason()).startsWith("value outside the allowed set");
    }

    @Test
    void refusesAnAaiClassificationWithoutItsCoder() {
      importSample("waves", "waves.csv", false);
      importSample("participants", "participants.csv", false);

      ImportReport r =
          importText(
              "aai",
              "participant_id,wave,classification,coder,coherence_of_mind\n"
                  + "P001,adulthood,F3,,7\n"
                  + "P002,adulthood,U,K. Coder,6\n"
                  + "P003,adulthood,F2,K. Coder,12\n",
              false);

      assertThat(r.written()).isFalse();
      assertThat(r.problems())
          .extracting(Problem::row, Problem::column)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2, "coder"),
              org.assertj.core.groups.Tuple.tuple(3, "classification"),
              org.assertj.core.groups.Tuple.tuple(4, "coherence_of_mind"));
      assertThat(r.problems().get(0).reason()).contains("only with the coder who made it");
      assertThat(count("study_aai")).isZero();
    }

    @Test
    void keepsIdentifierAndFreeTextValuesOnlyAsCiphertext() {
      importEverySample();
      List<String> plain =
          jdbc.sql(
                  "SELECT v.value_text FROM study_value v JOIN study_variable d ON d.id ="
                      + " v.variable_id WHERE d.study_id = :s AND d.name IN ('postcode',"
                      + " 'interviewer_notes')")
              .param("s", study.id())
              .query(String.class)
              .list();
      assertThat(plain).isNotEmpty().containsOnlyNulls();
    }
  }

  @Nested
  class Report {

    @Test
    void countsMatchTheCoreTablesOnTheThreeWaveStudy() {
      importEverySample();

      StudyEarnedSecurityReport.Result r = reports.of(study.id(), researcher);

      Map<String, int[]> byRule = new LinkedHashMap<>();
      for (EarnedSecuritySensitivityTable.Row row : r.sensitivity().rows()) {
        byRule.put(
            row.ruleId(),
            new int[] {
              row.n(), row.earned(), row.continuous(), row.undetermined(), row.notSecure()
            });
      }
      // Worked out by hand from samples/study/aai.csv (the adulthood coding of each participant).
      assertThat(byRule.get("retro-loving-le2-neg5")).containsExactly(11, 3, 4, 1, 3);
      assertThat(byRule.get("retro-loving-le2")).containsExactly(11, 2, 5, 1, 3);
      assertThat(byRule.get("retro-loving-le3-neg5")).containsExactly(11, 4, 3, 1, 3);
      assertThat(byRule.get("retro-loving-le3")).containsExactly(11, 3, 4, 1, 3);
      assertThat(byRule.get("retro-loving-lt5-neg5")).containsExactly(11, 5, 2, 1, 3);
      assertThat(byRule.get("retro-loving-lt5")).containsExactly(11, 5, 2, 1, 3);
      assertThat(r.sensitivity().participants()).isEqualTo(12);
      assertThat(r.sensitivity().withoutCoding()).isEqualTo(1);

      RetrospectiveProspectiveOverlap o = r.overlap();
      assertThat(o.retrospectiveRule()).isEqualTo(EarnedSecurityRule.DEFAULT);
      assertThat(
              new int[] {o.bothEarned(), o.retrospectiveOnly(), o.prospectiveOnly(), o.neither()})
          .containsExactly(2, 1, 2, 3);
      assertThat(o.excludedNoCoding()).isEqualTo(2);
      assertThat(o.excludedNoInfantData()).isEqualTo(1);
      assertThat(o.excludedRetrospectiveUndetermined()).isEqualTo(1);
      assertThat(o.prospectiveEarnedTotal()).isEqualTo(4);
      assertThat(o.continuousSecure()).isEqualTo(3);
      assertThat(r.coders()).containsEntry("K. Coder", 7).containsEntry("L. Second-Coder", 4);
    }

    @Test
    void doesNotChangeWhenQuestionnairesChange() {
      importEverySample();
      StudyEarnedSecurityReport.Result before = reports.of(study.id(), researcher);

      importText(
          "questionnaires",
          "participant_id,wave,instrument,version,subscale,score\n"
              + "P005,adulthood,ECR-R,2000,anxiety,1\nP005,adulthood,ECR-R,2000,avoidance,1\n",
          false);

      StudyEarnedSecurityReport.Result after = reports.of(study.id(), researcher);
      assertThat(after.sensitivity()).isEqualTo(before.sensitivity());
      assertThat(after.overlap()).isEqualTo(before.overlap());
    }
  }

  @Nested
  class Export {

    Map<String, String> exportFiles(StudyExport.Options options) throws IOException {
      return exportFiles(options, researcher);
    }

    Map<String, String> exportFiles(StudyExport.Options options, SignedInUser who)
        throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StudyExport.Authorized authorized = exports.authorize(study.id(), options, who);
      exports.write(authorized.study(), authorized.options(), out);
      Map<String, String> files = new LinkedHashMap<>();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return files;
    }

    List<List<String>> rows(String csv) throws Exception {
      List<List<String>> rows = new ArrayList<>();
      CsvFile.read(csv).forEach(r -> rows.add(r.fields()));
      return rows;
    }

    @Test
    void leavesOutIdentifiersAndFreeTextAndHashesIds() throws Exception {
      importEverySample();

      Map<String, String> files = exportFiles(StudyExport.Options.DEFAULT);

      assertThat(files.keySet())
          .containsExactly(
              "participants.csv",
              "waves.csv",
              "infant_ssp.csv",
              "aai.csv",
              "questionnaires.csv",
              "values.csv",
              "filter.csv",
              "dictionary.csv",
              "read_study.R",
              "read_study.py",
              "read_study.do",
              "read_study.sps",
              "README.txt");
      String all = String.join("\n", files.values());
      assertThat(all)
          .doesNotContain(",postcode", "AB1 3CD", "sibling present", "Interview ran long")
          .doesNotContainPattern("P0\\d\\d");
      List<List<String>> values = rows(files.get("values.csv"));
      assertThat(values.get(0))
          .containsExactly(
              "participant",
              "wave",
              "child_sex",
              "birth_weight_g",
              "visit_date",
              "maternal_education",
              "life_events");
      assertThat(values).hasSize(36);
      String p001 = mac.pseudonym("study:" + study.id(), "P001");
      assertThat(values.get(1).get(0)).matches("p[0-9a-f]{16}");
      assertThat(values).extracting(r -> r.get(0)).contains(p001);
      assertThat(rows(files.get("dictionary.csv")))
          .extracting(r -> r.get(1))
          .doesNotContain("postcode", "interviewer_notes");
    }

    @Test
    void shiftsEveryDateOfAParticipantByTheSameDays() throws Exception {
      importEverySample();
      int shift = mac.dayShift("study:" + study.id(), "P001");
      assertThat(shift).isBetween(-364, -1);

      Map<String, String> files = exportFiles(StudyExport.Options.DEFAULT);
      Map<String, String> again = exportFiles(StudyExport.Options.DEFAULT);

      String p001 = mac.pseudonym("study:" + study.id(), "P001");
      List<String> enrolment =
          rows(files.get("participants.csv")).stream()
              .filter(r -> r.get(0).equals(p001))
              .findFirst()
              .orElseThrow();
      assertThat(LocalDate.parse(enrolment.get(1)))
          .isEqualTo(LocalDate.of(2000, 1, 1).plusDays(shift));
      Map<String, LocalDate> visits = new LinkedHashMap<>();
      rows(files.get("values.csv")).stream()
          .filter(r -> r.get(0).equals(p001))
          .forEach(r -> visits.put(r.get(1), LocalDate.parse(r.get(4))));
      assertThat(visits)
          .containsEntry("infancy", LocalDate.of(2001, 1, 2).plusDays(shift))
          .containsEntry("adolescence", LocalDate.of(2018, 1, 1).plusDays(shift))
          .containsEntry("adulthood", LocalDate.of(2026, 1, 1).plusDays(shift));
      assertThat(again.get("values.csv")).isEqualTo(files.get("values.csv"));
    }

    @Test
    void includesIdentifiersAndFreeTextOnlyUnderAnApprovalThatIsUsedOnce() throws Exception {
      importEverySample();
      SignedInUser member = workspace.person(Role.RESEARCHER);
      studies.assign(study.id(), member.username(), "test");
      studies.accept(study.id(), member.id(), researcher);
      UUID request =
          approvals.request(
              study.id(), "Linking to the clinic's follow-up list", true, true, member);

      Map<String, String> unapproved = exportFiles(new StudyExport.Options(true, true), member);
      assertThat(rows(unapproved.get("values.csv")).get(0))
          .doesNotContain("postcode", "interviewer_notes");

      approvals.decide(study.id(), request, true, researcher);
      Map<String, String> files = exportFiles(new StudyExport.Options(true, true), member);
      Map<String, String> again = exportFiles(new StudyExport.Options(true, true), member);
      assertThat(rows(again.get("values.csv")).get(0)).doesNotContain("postcode");

      assertThat(rows(files.get("values.csv")).get(0)).contains("postcode", "interviewer_notes");
      assertThat(files.get("values.csv"))
          .contains("AB1 3CD", "\"Interview ran long, \"\"tired\"\"\"");
      assertThat(files.get("README.txt")).contains("identifier variables: INCLUDED on request");
    }

    @Test
    void rReadsTheExportBackWithTheRightTypes() throws Exception {
      RequiredTool.rscript();
      Path rscript = RequiredTool.RSCRIPT;
      importEverySample();
      Path folder = Files.createTempDirectory("study-export-");
      for (Map.Entry<String, String> f : exportFiles(StudyExport.Options.DEFAULT).entrySet()) {
        Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }

      Process r =
          new ProcessBuilder(rscript.toString(), "read_study.R", folder.toString())
              .directory(folder.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(r.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(r.exitValue()).as(output).isZero();

      assertThat(output.lines().toList())
          .contains(
              "table participants rows 12",
              "table waves rows 3",
              "table infant_ssp rows 12",
              "table aai rows 13",
              "table questionnaires rows 46",
              "table values rows 35",
              "column participants enrolled_on Date",
              "column infant_ssp classification factor",
              "column infant_ssp age_months numeric",
              "column aai coherence_of_mind numeric",
              "column aai loving_mother numeric",
              "column aai classification character",
              "column values wave factor",
              "column values child_sex factor",
              "column values birth_weight_g integer",
              "column values visit_date Date",
              "column values life_events integer",
              "column waves day_offset integer");
    }
  }

  @Nested
  class Api {

    @Test
    void refusesABrokenFileWithTheProblemListAndAuditsBothImports() throws Exception {
      importSample("waves", "waves.csv", false);
      importSample("participants", "participants.csv", false);
      var request =
          org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                  "/api/studies/" + study.id() + "/imports/infant")
              .with(
                  org.springframework.security.test.web.servlet.request
                      .SecurityMockMvcRequestPostProcessors.user(researcher))
              .with(
                  org.springframework.security.test.web.servlet.request
                      .SecurityMockMvcRequestPostProcessors.csrf())
              .contentType("text/csv")
              .content(DemoStudy.sample("infant-with-problems.csv"));

      String body =
          mvc.perform(request)
              .andExpect(
                  org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                      .isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();

      assertThat(body).contains("\"written\":false", "\"row\":3", "unknown id", "duplicate row");
      assertThat(count("infant_classification")).isZero();

      mvc.perform(
              org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                      "/api/studies/" + study.id() + "/imports/infant")
                  .with(
                      org.springframework.security.test.web.servlet.request
                          .SecurityMockMvcRequestPostProcessors.user(researcher))
                  .with(
                      org.springframework.security.test.web.servlet.request
                          .SecurityMockMvcRequestPostProcessors.csrf())
                  .contentType("text/csv")
                  .content(DemoStudy.sample("infant.csv")))
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                      "$.inserted")
                  .value(12));
      assertThat(audit.forRecord("study", study.id().toString()))
          .extracting(e -> e.action())
          .contains("IMPORT_REFUSED_INFANT", "IMPORT_INFANT");
    }
  }

  @Test
  void aResearcherNotAssignedToTheStudyFindsNoSuchStudy() {
    SignedInUser other = workspace.person(Role.RESEARCHER);
    assertThatThrownBy(() -> studies.overview(study.id(), other))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> reports.of(study.id(), other))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> exports.authorize(study.id(), StudyExport.Options.DEFAULT, other))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(studies.assignedTo(other)).doesNotContain(study);
  }
}
