package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.demo.DemoStudy;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.redcap.DataDictionary;
import org.securebase.core.redcap.RedcapRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Subset exports with their filter written down, the readers for Python, R and SPSS (PSPP) run on
 * an export, and the REDCap-format export: the dictionary back unchanged, records de-identified.
 */
class ExportSubsetIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired StudyExport exports;

  SignedInUser researcher;
  Study study;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    researcher = workspace.person(Role.RESEARCHER);
    // The researcher leads the study, so no acceptance is needed.
    study =
        studies.create(
            TestWorkspace.unique("EX"), "A synthetic export study", researcher.username(), "test");
  }

  void importSamples() {
    for (String name : DemoStudy.FILES) {
      ImportReport r =
          imports.run(
              study.id(),
              ImportKind.fromCode(name),
              DemoStudy.sample(name + ".csv"),
              false,
              researcher);
      assertThat(r.problems()).as(name).isEmpty();
    }
  }

  Map<String, String> export(StudyExport.Options options, boolean redcap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StudyExport.Authorized authorized = exports.authorize(study.id(), options, researcher);
    Study s = authorized.study();
    options = authorized.options();
    if (redcap) {
      exports.writeRedcap(s, options, out);
    } else {
      exports.write(s, options, out);
    }
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  static List<List<String>> rows(String csv) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    CsvFile.read(csv).forEach(r -> rows.add(r.fields()));
    return rows;
  }

  static Path unzip(Map<String, String> files) throws IOException {
    Path folder = Files.createTempDirectory("study-export-");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    return folder;
  }

  /** A reader's tool: missing fails under CI=true (CI installs it), elsewhere skips with a word. */
  static void require(Path tool) {
    if (Files.isExecutable(tool)) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(tool + " is missing; .ci/run installs it");
    }
    System.err.println("SKIPPED: no " + tool);
    Assumptions.abort("no " + tool);
  }

  static String run(Path folder, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void aSubsetHoldsOnlyWhatWasChosenAndSaysSo() throws Exception {
    importSamples();
    Map<String, String> files =
        export(
            new StudyExport.Options(
                false, false, ExportSubset.parse("adulthood", "aai,ECR-R", "child_sex")),
            false);
    assertThat(rows(files.get("waves.csv"))).hasSize(2);
    assertThat(rows(files.get("values.csv")).get(0)).containsExactly("participant", "wave");
    assertThat(rows(files.get("aai.csv")).stream().skip(1).map(r -> r.get(1)).distinct())
        .containsExactly("adulthood");
    assertThat(rows(files.get("questionnaires.csv")).stream().skip(1).map(r -> r.get(2)).distinct())
        .containsOnly("ECR-R");
    assertThat(rows(files.get("infant_ssp.csv"))).hasSize(1);
    assertThat(files.get("filter.csv"))
        .contains("waves,adulthood", "\"aai, ECR-R\"", "variables,child_sex");
    assertThat(files.get("README.txt"))
        .contains("Filter: waves = adulthood; instruments = aai, ECR-R; variables = child_sex");
    assertThat(files.get("dictionary.csv")).contains("Export filter on waves: adulthood");
  }

  @Test
  void aSubsetNamingWhatTheStudyLacksIsRefusedByParameter() {
    importSamples();
    assertThatThrownBy(
            () ->
                exports.authorize(
                    study.id(),
                    new StudyExport.Options(false, false, ExportSubset.parse("nonsense", "", "")),
                    researcher))
        .isInstanceOfSatisfying(
            BadInputException.class, e -> assertThat(e.field()).isEqualTo("waves"));
  }

  @Test
  void pythonReadsTheExportWithTheRightTypesAndRows() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    require(python);
    importSamples();
    Path folder = unzip(export(StudyExport.Options.DEFAULT, false));
    String output = run(folder, python.toString(), "read_study.py", folder.toString());
    assertThat(output.lines().toList())
        .contains(
            "table participants rows 12",
            "table waves rows 3",
            "table infant_ssp rows 12",
            "table aai rows 13",
            "table questionnaires rows 46",
            "table values rows 35",
            "column participants enrolled_on datetime64[ns]",
            "column infant_ssp classification category",
            "column aai coherence_of_mind float64",
            "column aai classification string",
            "column values child_sex category",
            "column values birth_weight_g Int64",
            "column values visit_date datetime64[ns]",
            "column waves day_offset Int64");
  }

  @Test
  void rReadsASubsetExportWithItsFilterTable() throws Exception {
    Path rscript = Path.of("/usr/bin/Rscript");
    require(rscript);
    importSamples();
    Path folder =
        unzip(
            export(
                new StudyExport.Options(false, false, ExportSubset.parse("infancy", "", "")),
                false));
    String output = run(folder, rscript.toString(), "read_study.R", folder.toString());
    assertThat(output.lines().toList())
        .contains("table waves rows 1", "table filter rows 3", "column values wave factor");
  }

  @Test
  void spssSyntaxReadsTheValuesWithLabelsInPspp() throws Exception {
    Path pspp = Path.of("/usr/bin/pspp");
    require(pspp);
    importSamples();
    Path folder = unzip(export(StudyExport.Options.DEFAULT, false));
    Files.writeString(
        folder.resolve("check.sps"),
        "INSERT FILE=\"read_study.sps\".\nDISPLAY DICTIONARY.\nDESCRIPTIVES /VARIABLES=birth_weight_g.\n");
    String output = run(folder, pspp.toString(), "-o", "out.txt", "check.sps");
    String listing = Files.readString(folder.resolve("out.txt"));
    assertThat(output).doesNotContainIgnoringCase("error");
    assertThat(listing).contains("birth_weight_g", "child_sex");
    assertThat(Files.exists(folder.resolve("values.sav"))).isTrue();
    assertThat(listing).contains("35");
  }

  @Test
  void theRedcapDictionaryComesBackUnchangedAndRecordsDeidentified() throws Exception {
    String dictionary = RedcapIT.sample("attachment_study_dictionary.csv");
    assertThat(
            imports
                .run(study.id(), ImportKind.REDCAP_DICTIONARY, dictionary, false, researcher)
                .written())
        .isTrue();
    assertThat(
            imports
                .run(
                    study.id(),
                    ImportKind.REDCAP_RECORDS,
                    RedcapIT.sample("attachment_study_records.csv"),
                    false,
                    researcher)
                .written())
        .isTrue();
    Map<String, String> files = export(StudyExport.Options.DEFAULT, true);

    assertThat(rows(files.get("redcap_dictionary.csv"))).isEqualTo(rows(dictionary));
    List<RedcapRow> back = new ArrayList<>();
    CsvFile.read(files.get("redcap_dictionary.csv"))
        .forEach(r -> back.add(new RedcapRow(r.line(), r.fields())));
    assertThat(DataDictionary.read(back).clean()).isTrue();

    List<List<String>> records = rows(files.get("redcap_records.csv"));
    assertThat(records.get(0))
        .startsWith("record_id", "redcap_event_name")
        .contains("age_years", "supports___1", "screening_complete", "aai_scores_complete")
        .doesNotContain("contact_email", "birth_date", "caregiver_other");
    assertThat(records).hasSize(5);
    assertThat(files.get("redcap_records.csv"))
        .doesNotContain("1001", "1002", "1003", "example.org");
    int status = records.get(0).indexOf("screening_complete");
    assertThat(records.stream().skip(1).map(r -> r.get(status))).contains("2", "1", "0");
  }
}
