package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * REDCap branching logic on the data entry forms: a field whose condition is false is hidden, is
 * not required even on "Mark complete", and its value is not kept (a stored one is erased, with the
 * change recorded), as REDCap does.
 */
class BranchingLogicIT extends IntegrationTest {

  /** A REDCap dictionary written by the team in REDCap's documented 18-column format. */
  static final String DICTIONARY =
      "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\","
          + "\"Choices, Calculations, OR Slider Labels\",\"Field Note\","
          + "\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\","
          + "\"Text Validation Max\",\"Identifier?\",\"Branching Logic (Show field only if...)\","
          + "\"Required Field?\",\"Custom Alignment\",\"Question Number (surveys only)\","
          + "\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"\n"
          + "record_id,habits,,text,\"Record ID\",,,,,,,,,,,,,\n"
          + "smoker,habits,,yesno,\"Do you smoke?\",,,,,,,,y,,,,,\n"
          + "cigarettes,habits,,text,\"Cigarettes a day\",,,integer,1,100,,\"[smoker] = '1'\",y,,,,,\n"
          + "heavy_note,habits,,text,\"Heavy smoking follow-up\",,,integer,0,10,,"
          + "\"[smoker] = '1' and [cigarettes] >= 20\",,,,,,\n"
          + "supports,habits,,checkbox,\"Support now\",\"1, Partner | 2, Friend | 3, Therapist\","
          + ",,,,,,,,,,,\n"
          + "therapy_weeks,habits,,text,\"Weeks in therapy\",,,integer,0,520,,\"[supports(3)] = '1'\""
          + ",y,,,,,\n";

  @Autowired ApplicationContext context;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired DataEntry entry;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  SignedInUser researcher;
  Study study;

  @BeforeEach
  void setUp() {
    researcher = new TestWorkspace(context).person(Role.RESEARCHER);
    study = studies.create(TestWorkspace.unique("BL"), "Branching", researcher.username(), "t");
    ImportReport d =
        imports.run(study.id(), ImportKind.REDCAP_DICTIONARY, DICTIONARY, false, researcher);
    assertThat(d.problems()).isEmpty();
    imports.run(study.id(), ImportKind.WAVES, "wave,label\nw1,Wave 1\n", false, researcher);
    imports.run(study.id(), ImportKind.PARTICIPANTS, "participant_id\nP1\n", false, researcher);
  }

  String stored(String variable) {
    return jdbc.sql(
            "SELECT v.value_text FROM study_value v JOIN study_participant p ON p.id ="
                + " v.participant_id JOIN study_variable x ON x.id = v.variable_id"
                + " WHERE p.study_id = ? AND x.name = ?")
        .params(study.id(), variable)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  DataEntry.Field field(DataEntry.Form form, String name) {
    return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aFieldIsHiddenUntilItsConditionHolds() {
    DataEntry.Form empty = entry.show(study.id(), "P1", "w1", "habits", researcher);
    assertThat(field(empty, "cigarettes").hidden()).isTrue();
    assertThat(field(empty, "cigarettes").branching()).isEqualTo("[smoker] = '1'");
    assertThat(field(empty, "smoker").hidden()).isFalse();
    assertThat(field(empty, "therapy_weeks").hidden()).isTrue();

    entry.save(
        study.id(),
        "P1",
        "w1",
        "habits",
        Map.of("smoker", "1", "cigarettes", "25"),
        false,
        researcher);
    DataEntry.Form smoker = entry.show(study.id(), "P1", "w1", "habits", researcher);
    assertThat(field(smoker, "cigarettes").hidden()).isFalse();
    assertThat(field(smoker, "cigarettes").value()).isEqualTo("25");
    assertThat(field(smoker, "heavy_note").hidden()).as("25 >= 20").isFalse();
  }

  @Test
  void aHiddenFieldIsNotRequiredOnMarkComplete() {
    entry.save(study.id(), "P1", "w1", "habits", Map.of("smoker", "0"), true, researcher);

    assertThat(stored("smoker")).isEqualTo("0");
    assertThat(entry.show(study.id(), "P1", "w1", "habits", researcher).complete()).isTrue();
  }

  @Test
  void aShownRequiredFieldIsStillRequired() {
    FormRefused refused =
        catchThrowableOfType(
            FormRefused.class,
            () ->
                entry.save(
                    study.id(), "P1", "w1", "habits", Map.of("smoker", "1"), true, researcher));

    assertThat(field(refused.form(), "cigarettes").problemKey())
        .isEqualTo("research.entry.required");
    assertThat(stored("smoker")).isNull();
  }

  @Test
  void theValueOfAHiddenFieldIsNotKept() {
    entry.save(
        study.id(),
        "P1",
        "w1",
        "habits",
        Map.of("smoker", "0", "cigarettes", "30", "therapy_weeks", "999"),
        false,
        researcher);

    assertThat(stored("smoker")).isEqualTo("0");
    assertThat(stored("cigarettes")).as("hidden: not kept, not even checked").isNull();
    assertThat(stored("therapy_weeks")).isNull();
  }

  @Test
  void hidingAFieldErasesItsStoredValueAndCascades() {
    entry.save(
        study.id(),
        "P1",
        "w1",
        "habits",
        Map.of(
            "smoker",
            "1",
            "cigarettes",
            "30",
            "heavy_note",
            "4",
            "supports___3",
            "1",
            "therapy_weeks",
            "12"),
        false,
        researcher);
    assertThat(stored("cigarettes")).isEqualTo("30");
    assertThat(stored("heavy_note")).isEqualTo("4");
    assertThat(stored("therapy_weeks")).isEqualTo("12");

    // Stopped smoking: cigarettes is hidden, and heavy_note with it (it reads cigarettes).
    entry.save(
        study.id(),
        "P1",
        "w1",
        "habits",
        Map.of(
            "smoker",
            "0",
            "cigarettes",
            "30",
            "heavy_note",
            "4",
            "supports___3",
            "1",
            "therapy_weeks",
            "12"),
        false,
        researcher);

    assertThat(stored("cigarettes")).isNull();
    assertThat(stored("heavy_note")).isNull();
    assertThat(stored("therapy_weeks")).as("its checkbox is still ticked").isEqualTo("12");
    int changes =
        jdbc.sql(
                "SELECT COUNT(*) FROM study_value_change c JOIN study_variable x ON x.id ="
                    + " c.variable_id WHERE x.study_id = ? AND x.name = 'cigarettes'")
            .params(study.id())
            .query(Integer.class)
            .single();
    assertThat(changes).as("set, then erased").isEqualTo(2);
  }

  @Test
  void thePageCarriesTheLogicAndHidesTheField() throws Exception {
    String html =
        mvc.perform(get("/studies/{id}/records/P1/w1/habits", study.id()).with(user(researcher)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html)
        .contains(
            "<div class=\"field\" data-field=\"cigarettes\""
                + " data-branching=\"[smoker] = &#39;1&#39;\" hidden=\"hidden\">")
        .contains("<div class=\"field\" data-field=\"smoker\">")
        .contains("/js/branching.js");
  }
}
