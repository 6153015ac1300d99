package org.securebase.core.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {

  private static DataDictionary fixture() {
    DataDictionary.Reading reading =
        DataDictionary.read(Fixtures.rows("attachment_study_dictionary.csv"));
    assertThat(reading.problems()).isEmpty();
    return reading.dictionary();
  }

  @Test
  void writesBackEveryCellItRead() {
    List<RedcapRow> rows = Fixtures.rows("attachment_study_dictionary.csv");
    List<List<String>> written = fixture().rows();
    assertThat(written).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(written.get(i)).containsExactlyElementsOf(rows.get(i).cells());
    }
  }

  @Test
  void knowsTheRecordIdFieldAndTheForms() {
    DataDictionary d = fixture();
    assertThat(d.recordIdField()).isEqualTo("record_id");
    assertThat(d.forms()).containsExactly("screening", "aai_scores");
  }

  @Nested
  class Translation {

    private final Map<String, Map<String, String>> byName = byName(fixture());

    private static Map<String, Map<String, String>> byName(DataDictionary d) {
      Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
      d.studyDictionary(List.of()).forEach(r -> out.put(r.cells().get("variable"), r.cells()));
      return out;
    }

    @Test
    void theRecordIdDescriptiveAndFileFieldsBecomeNoVariable() {
      assertThat(byName).doesNotContainKeys("record_id", "intro", "consent_form");
    }

    @Test
    void validatedTextBecomesTypedWithItsRange() {
      assertThat(byName.get("age_years"))
          .containsEntry("type", "integer")
          .containsEntry("allowed_values", "18..90")
          .containsEntry("required", "yes");
      assertThat(byName.get("coh_mind"))
          .containsEntry("type", "decimal")
          .containsEntry("allowed_values", "1..9")
          .containsEntry("help", "Half points allowed");
      assertThat(byName.get("birth_date"))
          .containsEntry("type", "date")
          .containsEntry("identifier", "yes");
    }

    @Test
    void anEmailIsAnIdentifierAndNotesAreFreeText() {
      assertThat(byName.get("contact_email")).containsEntry("identifier", "yes");
      assertThat(byName.get("caregiver_other"))
          .containsEntry("type", "text")
          .containsEntry("free_text", "yes");
    }

    @Test
    void choicesBecomeCategoriesAndCheckboxesOneVariablePerChoice() {
      assertThat(byName.get("caregiver"))
          .containsEntry("type", "category")
          .containsEntry("allowed_values", "1=Mother|2=Father|3=Grandparent|4=Other")
          .containsEntry("form", "screening");
      assertThat(byName.get("in_therapy")).containsEntry("allowed_values", "1=Yes|0=No");
      assertThat(byName).containsKeys("supports___1", "supports___2", "supports___3");
      assertThat(byName.get("supports___2"))
          .containsEntry("label", "Sources of support now: Friend")
          .containsEntry("allowed_values", "0=Unchecked|1=Checked");
      assertThat(byName.get("coh_mean")).containsEntry("type", "decimal");
    }

    @Test
    void htmlInLabelsIsShownAsPlainText() {
      DataDictionary d =
          DataDictionary.read(
                  Fixtures.rowsOf(
                      header()
                          + "\nrecord_id,f,,text,Id,,,,,,,,,,,,,"
                          + "\nmood,f,,text,\"<i>Mood</i> today\",,,,,,,,,,,,,"))
              .dictionary();
      assertThat(d.studyDictionary(List.of()).get(0).cells()).containsEntry("label", "Mood today");
    }
  }

  @Nested
  class Refusals {

    @Test
    void namesEveryBadRowAndColumn() {
      DataDictionary.Reading reading =
          DataDictionary.read(
              Fixtures.rowsOf(
                  header()
                      + "\nrecord_id,f,,text,Id,,,,,,,,,,,,,"
                      + "\nBad-Name,f,,text,x,,,,,,,,,,,,,"
                      + "\nmood,f,,wheel,x,,,,,,,,,,,,,"
                      + "\nside,f,,radio,x,\"1, Left | Right\",,,,,,,,,,,,"
                      + "\nage,f,,text,x,,,integer,ten,,,,,,,,,"
                      + "\nmood2,,,text,x,,,,,,,,,,,,,"
                      + "\nrecord_id,f,,text,Again,,,,,,,,,,,,,"));
      assertThat(reading.dictionary()).isNull();
      List<String> named = new ArrayList<>();
      reading.problems().forEach(p -> named.add(p.line() + " " + p.column()));
      assertThat(named)
          .containsExactlyInAnyOrder(
              "3 Variable / Field Name",
              "4 Field Type",
              "5 Choices, Calculations, OR Slider Labels",
              "6 Text Validation Min",
              "7 Form Name",
              "8 Variable / Field Name");
    }

    @Test
    void refusesAFileThatIsNotADictionary() {
      DataDictionary.Reading reading =
          DataDictionary.read(Fixtures.rowsOf("participant_id,wave\nP1,w1"));
      assertThat(reading.clean()).isFalse();
      assertThat(reading.problems().get(0).line()).isEqualTo(1);
    }

    @Test
    void refusesAnEmptyFile() {
      assertThat(DataDictionary.read(List.of()).problems()).hasSize(1);
    }
  }

  static String header() {
    return String.join(",", DictionaryField.COLUMNS.stream().map(c -> "\"" + c + "\"").toList());
  }
}
