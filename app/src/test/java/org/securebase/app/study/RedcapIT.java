package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.study.ImportReport.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** REDCap's dictionary and raw record files imported into a study, with their refusals. */
class RedcapIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired StudyRepository repository;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  SignedInUser researcher;
  Study study;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    researcher = workspace.person(Role.RESEARCHER);
    study =
        studies.create(
            TestWorkspace.unique("RC"), "A synthetic REDCap study", researcher.username(), "test");
  }

  static String sample(String name) {
    try (InputStream in = RedcapIT.class.getResourceAsStream("/samples/redcap/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ImportReport run(ImportKind kind, String csv) {
    return imports.run(study.id(), kind, csv, false, researcher);
  }

  ImportReport importDictionary() {
    ImportReport r = run(ImportKind.REDCAP_DICTIONARY, sample("attachment_study_dictionary.csv"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.written()).isTrue();
    return r;
  }

  @Test
  void theDictionaryBecomesTheStudysVariablesWithTheirForms() {
    importDictionary();
    Map<String, StudyVariable> byName = new java.util.LinkedHashMap<>();
    repository.variables(study.id()).forEach(v -> byName.put(v.name(), v));
    assertThat(byName)
        .containsKeys("age_years", "caregiver", "supports___1", "supports___3", "coh_mind")
        .doesNotContainKeys("record_id", "intro", "consent_form");
    assertThat(byName.get("age_years").type()).isEqualTo(VariableType.INTEGER);
    assertThat(byName.get("age_years").allowedValues()).isEqualTo("18..90");
    assertThat(byName.get("contact_email").identifier()).isTrue();
    assertThat(byName.get("caregiver_other").freeText()).isTrue();
    int onForms =
        jdbc.sql(
                "SELECT COUNT(*) FROM study_variable_form f JOIN study_variable v"
                    + " ON v.id = f.variable_id WHERE v.study_id = ? AND f.form_name = 'aai_scores'")
            .param(study.id())
            .query(Integer.class)
            .single();
    assertThat(onForms).isEqualTo(4);

    ImportReport again =
        run(ImportKind.REDCAP_DICTIONARY, sample("attachment_study_dictionary.csv"));
    assertThat(again.inserted()).isZero();
    assertThat(again.updated()).isZero();
  }

  @Test
  void recordsBecomeParticipantsWavesValuesAndFormStatuses() {
    importDictionary();
    ImportReport r = run(ImportKind.REDCAP_RECORDS, sample("attachment_study_records.csv"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.written()).isTrue();
    assertThat(r.waveMapping())
        .containsEntry("baseline_arm_1", "baseline_arm_1")
        .containsEntry("followup_arm_1", "followup_arm_1");
    assertThat(repository.participants(study.id()))
        .extracting(Participant::code)
        .containsExactlyInAnyOrder("1001", "1002", "1003");
    assertThat(repository.waves(study.id()))
        .extracting(StudyWave::name)
        .containsExactlyInAnyOrder("baseline_arm_1", "followup_arm_1");
    int complete =
        jdbc.sql(
                "SELECT COUNT(*) FROM study_form_status s JOIN study_participant p"
                    + " ON p.id = s.participant_id WHERE p.study_id = ? AND s.status = 2")
            .param(study.id())
            .query(Integer.class)
            .single();
    assertThat(complete).isEqualTo(5);

    ImportReport again = run(ImportKind.REDCAP_RECORDS, sample("attachment_study_records.csv"));
    assertThat(again.inserted()).isZero();
    assertThat(again.updated()).isZero();
  }

  @Test
  void anEventJoinsAnExistingWaveOfTheSameNameWithoutItsArm() {
    importDictionary();
    assertThat(run(ImportKind.WAVES, "wave,label\nbaseline,Baseline visit\n").written()).isTrue();
    ImportReport r = run(ImportKind.REDCAP_RECORDS, sample("attachment_study_records.csv"));
    assertThat(r.waveMapping()).containsEntry("baseline_arm_1", "baseline");
  }

  @Test
  void aRefusedValueNamesTheRedcapLineAndColumnAndStoresNothing() {
    importDictionary();
    String records =
        sample("attachment_study_records.csv")
            .replace(
                "1002,baseline_arm_1,p1002@example.org,1985-11-20,39,4",
                "1002,baseline_arm_1,p1002@example.org,1985-11-20,200,9");
    ImportReport r = run(ImportKind.REDCAP_RECORDS, records);
    assertThat(r.written()).isFalse();
    assertThat(r.problems())
        .extracting(p -> p.row() + " " + p.column())
        .containsExactlyInAnyOrder("4 age_years", "4 caregiver");
    assertThat(repository.participants(study.id())).isEmpty();
    assertThat(repository.waves(study.id())).isEmpty();
  }

  @Test
  void recordsBeforeAnyDictionaryAreRefusedWithAReason() {
    ImportReport r = run(ImportKind.REDCAP_RECORDS, sample("attachment_study_records.csv"));
    assertThat(r.written()).isFalse();
    assertThat(r.problems()).extracting(Problem::reason).first().asString().contains("dictionary");
  }

  @Test
  void theApiTakesBothKindsByTheirNames() throws Exception {
    mvc.perform(
            post("/api/studies/{id}/imports/redcap-dictionary", study.id())
                .contentType("text/csv")
                .content(sample("attachment_study_dictionary.csv"))
                .with(user(researcher))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("REDCAP_DICTIONARY"));
    mvc.perform(
            post("/api/studies/{id}/imports/redcap-records", study.id())
                .contentType("text/csv")
                .content("record_id,shoe_size\n1,9\n")
                .with(user(researcher))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].column").value("shoe_size"));
  }
}
