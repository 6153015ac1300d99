package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Data entry, double data entry and the record status dashboard on a REDCap-shaped study. */
class DataCaptureIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired DataEntry entry;
  @Autowired DoubleEntry doubleEntry;
  @Autowired StudyStatus status;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  TestWorkspace workspace;
  SignedInUser first;
  SignedInUser second;
  SignedInUser third;
  Study study;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    first = workspace.person(Role.RESEARCHER);
    second = workspace.person(Role.RESEARCHER);
    third = workspace.person(Role.RESEARCHER);
    study =
        studies.create(
            TestWorkspace.unique("DC"), "A synthetic capture study", first.username(), "test");
    for (SignedInUser r : new SignedInUser[] {second, third}) {
      studies.assign(study.id(), r.username(), "test");
      studies.accept(study.id(), r.id(), first);
    }
    ImportReport d =
        imports.run(
            study.id(),
            ImportKind.REDCAP_DICTIONARY,
            RedcapIT.sample("attachment_study_dictionary.csv"),
            false,
            first);
    assertThat(d.problems()).isEmpty();
    assertThat(
            imports
                .run(
                    study.id(),
                    ImportKind.WAVES,
                    "wave,label\nw1,Wave 1\nw2,Wave 2\n",
                    false,
                    first)
                .written())
        .isTrue();
    assertThat(
            imports
                .run(
                    study.id(),
                    ImportKind.PARTICIPANTS,
                    "participant_id\nP1\nP2\nP3\n",
                    false,
                    first)
                .written())
        .isTrue();
  }

  String stored(String participant, String wave, String variable) {
    return jdbc.sql(
            "SELECT v.value_text FROM study_value v JOIN study_participant p ON p.id ="
                + " v.participant_id JOIN study_wave w ON w.id = v.wave_id JOIN study_variable x"
                + " ON x.id = v.variable_id WHERE p.study_id = ? AND p.code = ? AND w.name = ? AND"
                + " x.name = ?")
        .params(study.id(), participant, wave, variable)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  @Nested
  class Entry {

    @Test
    void theFormShowsEveryFieldOfItsFormWithTypeRangeAndChoices() {
      DataEntry.Form form = entry.show(study.id(), "P1", "w1", "screening", first);
      assertThat(form.forms()).containsExactly("screening", "aai_scores");
      assertThat(form.fields())
          .extracting(DataEntry.Field::name)
          .contains("age_years", "caregiver", "supports___1")
          .doesNotContain("coh_mind");
      DataEntry.Field age =
          form.fields().stream().filter(f -> f.name().equals("age_years")).findFirst().get();
      assertThat(age.input()).isEqualTo("number");
      assertThat(age.min()).isEqualTo("18");
      assertThat(age.max()).isEqualTo("90");
      assertThat(age.required()).isTrue();
      DataEntry.Field caregiver =
          form.fields().stream().filter(f -> f.name().equals("caregiver")).findFirst().get();
      assertThat(caregiver.choices())
          .extracting(DataEntry.Choice::code)
          .containsExactly("1", "2", "3", "4");
    }

    @Test
    void aRefusedFieldStoresNothingAndComesBackAsTyped() {
      assertThatThrownBy(
              () ->
                  entry.save(
                      study.id(),
                      "P1",
                      "w1",
                      "screening",
                      Map.of("age_years", "200", "caregiver", "2"),
                      false,
                      first))
          .isInstanceOfSatisfying(
              FormRefused.class,
              e -> {
                DataEntry.Field age =
                    e.form().fields().stream()
                        .filter(f -> f.name().equals("age_years"))
                        .findFirst()
                        .get();
                assertThat(age.value()).isEqualTo("200");
                assertThat(age.problemKey()).isEqualTo("research.entry.refusedValue");
                assertThat(age.problemDetail()).contains("18..90");
              });
      assertThat(stored("P1", "w1", "caregiver")).isNull();
    }

    @Test
    void savesIncompleteThenCompleteOnlyWithEveryRequiredFieldAndKeepsEachChange() {
      entry.save(study.id(), "P1", "w1", "screening", Map.of("caregiver", "2"), false, first);
      assertThat(stored("P1", "w1", "caregiver")).isEqualTo("2");
      assertThat(status.of(study.id(), 1, first).rows().get(0).cells().get(0))
          .isEqualTo(StudyStatus.CellState.INCOMPLETE);

      assertThatThrownBy(
              () ->
                  entry.save(
                      study.id(), "P1", "w1", "screening", Map.of("caregiver", "3"), true, first))
          .isInstanceOf(FormRefused.class);
      assertThat(stored("P1", "w1", "caregiver")).isEqualTo("2");

      entry.save(
          study.id(),
          "P1",
          "w1",
          "screening",
          Map.of("caregiver", "3", "age_years", "34", "birth_date", "1990-04-02"),
          true,
          first);
      assertThat(stored("P1", "w1", "caregiver")).isEqualTo("3");
      int changes =
          jdbc.sql(
                  "SELECT COUNT(*) FROM study_value_change c JOIN study_participant p ON p.id ="
                      + " c.participant_id WHERE p.study_id = ?")
              .param(study.id())
              .query(Integer.class)
              .single();
      assertThat(changes).isEqualTo(4);
      String oldNew =
          jdbc.sql(
                  "SELECT c.old_text || '>' || c.new_text FROM study_value_change c JOIN"
                      + " study_variable x ON x.id = c.variable_id WHERE x.study_id = ? AND"
                      + " x.name = 'caregiver' AND c.old_text IS NOT NULL")
              .param(study.id())
              .query(String.class)
              .single();
      assertThat(oldNew).isEqualTo("2>3");
      byte[] birth =
          jdbc.sql(
                  "SELECT c.new_cipher FROM study_value_change c JOIN study_variable x ON x.id ="
                      + " c.variable_id WHERE x.study_id = ? AND x.name = 'birth_date'")
              .param(study.id())
              .query(byte[].class)
              .single();
      assertThat(new String(birth, java.nio.charset.StandardCharsets.ISO_8859_1))
          .doesNotContain("1990");
    }

    @Test
    void anUnknownParticipantWaveOrFormIsNotFound() {
      assertThatThrownBy(() -> entry.show(study.id(), "P9", "w1", "screening", first))
          .isInstanceOf(RecordNotFoundException.class);
      assertThatThrownBy(() -> entry.show(study.id(), "P1", "w1", "no_form", first))
          .isInstanceOf(RecordNotFoundException.class);
      SignedInUser outsider = workspace.person(Role.RESEARCHER);
      assertThatThrownBy(() -> entry.show(study.id(), "P1", "w1", "screening", outsider))
          .isInstanceOf(RecordNotFoundException.class);
    }
  }

  @Nested
  class Double {

    @BeforeEach
    void doubleEnterTheScoreSheet() {
      doubleEntry.setForm(study.id(), "aai_scores", true, first);
    }

    @Test
    void twoBlindEntriesAThirdResolvesAndOnlyTheResolvedValuesCount() {
      entry.save(
          study.id(),
          "P2",
          "w1",
          "aai_scores",
          Map.of("coh_mind", "6.5", "coh_transcript", "6", "aai_coder", "1"),
          true,
          first);
      assertThat(stored("P2", "w1", "coh_mind")).isNull();
      // Blind: the second person's form is empty, not the first person's entry.
      DataEntry.Form blind = entry.show(study.id(), "P2", "w1", "aai_scores", second);
      assertThat(blind.fields()).allSatisfy(f -> assertThat(f.value()).isEmpty());
      entry.save(
          study.id(),
          "P2",
          "w1",
          "aai_scores",
          Map.of("coh_mind", "5.5", "coh_transcript", "6", "aai_coder", "1"),
          true,
          second);
      assertThat(status.of(study.id(), 1, first).rows().get(1).cells().get(0))
          .isEqualTo(StudyStatus.CellState.DOUBLE_ENTRY_PENDING);

      assertThatThrownBy(() -> doubleEntry.compare(study.id(), "P2", "w1", "aai_scores", first))
          .isInstanceOf(BadInputException.class);
      DoubleEntry.Comparison c = doubleEntry.compare(study.id(), "P2", "w1", "aai_scores", third);
      assertThat(c.bothComplete()).isTrue();
      assertThat(c.fields())
          .filteredOn(f -> !f.agree())
          .extracting(DoubleEntry.Difference::name)
          .containsExactly("coh_mind");

      assertThatThrownBy(
              () -> doubleEntry.resolve(study.id(), "P2", "w1", "aai_scores", Map.of(), third))
          .isInstanceOf(BadInputException.class);
      doubleEntry.resolve(study.id(), "P2", "w1", "aai_scores", Map.of("coh_mind", "6"), third);
      assertThat(stored("P2", "w1", "coh_mind")).isEqualTo("6");
      assertThat(stored("P2", "w1", "coh_transcript")).isEqualTo("6");
      assertThat(status.of(study.id(), 1, first).rows().get(1).cells().get(0))
          .isEqualTo(StudyStatus.CellState.INCOMPLETE);

      assertThat(doubleEntry.agreement(study.id()))
          .extracting(a -> a.variable() + " " + a.agreed() + "/" + a.compared())
          .containsExactlyInAnyOrder("coh_mind 0/1", "coh_transcript 1/1", "aai_coder 1/1");
    }

    @Test
    void aThirdPersonCannotAddAThirdEntry() {
      entry.save(study.id(), "P3", "w1", "aai_scores", Map.of("coh_mind", "5"), false, first);
      entry.save(study.id(), "P3", "w1", "aai_scores", Map.of("coh_mind", "5"), false, second);
      assertThatThrownBy(
              () ->
                  entry.save(
                      study.id(), "P3", "w1", "aai_scores", Map.of("coh_mind", "5"), false, third))
          .isInstanceOf(BadInputException.class);
    }
  }

  @Test
  void theStatusDashboardCountsMatchTheData() throws Exception {
    entry.save(study.id(), "P1", "w1", "screening", Map.of("caregiver", "2"), false, first);
    entry.save(
        study.id(),
        "P1",
        "w1",
        "screening",
        Map.of("caregiver", "2", "age_years", "40", "birth_date", "1984-01-01"),
        true,
        first);
    entry.save(
        study.id(),
        "P1",
        "w1",
        "aai_scores",
        Map.of("coh_mind", "7", "coh_transcript", "7", "aai_coder", "2"),
        true,
        first);
    entry.save(study.id(), "P2", "w2", "screening", Map.of("in_therapy", "1"), false, first);

    StudyStatus.Dashboard d = status.of(study.id(), 1, first);
    Map<StudyStatus.CellState, Integer> w1 = d.counts().get(0).counts();
    assertThat(w1.get(StudyStatus.CellState.COMPLETE)).isEqualTo(1);
    assertThat(w1.get(StudyStatus.CellState.NOT_STARTED)).isEqualTo(2);
    Map<StudyStatus.CellState, Integer> w2 = d.counts().get(1).counts();
    assertThat(w2.get(StudyStatus.CellState.INCOMPLETE)).isEqualTo(1);
    StudyStatus.Missing therapy =
        d.missing().stream().filter(m -> m.variable().equals("in_therapy")).findFirst().get();
    assertThat(therapy.present()).isEqualTo(1);
    assertThat(therapy.missing()).isEqualTo(1);

    mvc.perform(get("/api/studies/{id}/status", study.id()).with(user(first)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows[0].participant").value("P1"))
        .andExpect(jsonPath("$.rows[0].cells.w1").value("complete"))
        .andExpect(jsonPath("$.counts.w2.incomplete").value(1))
        .andExpect(jsonPath("$.counts.w1.not_started").value(2));
    mvc.perform(
            get("/api/studies/{id}/status", study.id())
                .with(user(workspace.person(Role.RESEARCHER))))
        .andExpect(status().isNotFound());
  }
}
