package org.securebase.core.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordExportTest {

  private static final DataDictionary DICTIONARY =
      DataDictionary.read(Fixtures.rows("attachment_study_dictionary.csv")).dictionary();

  private static RecordExport.Translation translate(String csv, Set<String> waves) {
    return RecordExport.translate(DICTIONARY, Fixtures.rowsOf(csv), waves, "baseline");
  }

  @Test
  void mapsEventsToWavesAndRecordsToParticipants() {
    RecordExport.Translation t =
        RecordExport.translate(
            DICTIONARY, Fixtures.rows("attachment_study_records.csv"), Set.of("baseline"), "x");
    assertThat(t.problems()).isEmpty();
    assertThat(t.eventToWave())
        .containsEntry("baseline_arm_1", "baseline")
        .containsEntry("followup_arm_1", "followup_arm_1");
    assertThat(t.newWaves()).containsExactly("followup_arm_1");
    assertThat(t.participants())
        .extracting(r -> r.cells().get("participant_id"))
        .containsExactly("1001", "1002", "1003");
    assertThat(t.values()).hasSize(4);
    assertThat(t.values().get(1).cells())
        .containsEntry("participant_id", "1001")
        .containsEntry("wave", "followup_arm_1")
        .containsEntry("supports___3", "1")
        .containsEntry("coh_mind", "7");
    assertThat(t.values().get(1).line()).isEqualTo(3);
    assertThat(t.valueColumns()).startsWith("participant_id", "wave").contains("supports___1");
    assertThat(t.valueColumns()).doesNotContain("screening_complete", "redcap_event_name");
  }

  @Test
  void readsTheFormStatusFromCompleteColumns() {
    RecordExport.Translation t =
        RecordExport.translate(
            DICTIONARY, Fixtures.rows("attachment_study_records.csv"), Set.of(), "x");
    assertThat(t.formStatuses())
        .filteredOn(s -> s.participant().equals("1003"))
        .extracting(s -> s.form() + "=" + s.status())
        .containsExactly("screening=0", "aai_scores=0");
    assertThat(t.formStatuses())
        .filteredOn(s -> s.participant().equals("1001") && s.wave().equals("followup_arm_1"))
        .extracting(s -> s.form() + "=" + s.status())
        .containsExactly("screening=1", "aai_scores=2");
  }

  @Test
  void aProjectWithoutEventsUsesTheWaveItIsGiven() {
    RecordExport.Translation t = translate("record_id,age_years\n7,40", Set.of());
    assertThat(t.problems()).isEmpty();
    assertThat(t.values().get(0).cells()).containsEntry("wave", "baseline");
    assertThat(t.eventToWave()).isEmpty();
  }

  @Test
  void refusesUnknownColumnsAndAWrongFirstColumn() {
    RecordExport.Translation t = translate("age_years,record_id,shoe_size\n40,7,9", Set.of());
    assertThat(t.problems())
        .extracting(p -> p.line() + " " + p.column())
        .containsExactlyInAnyOrder("1 age_years", "1 record_id", "1 shoe_size");
  }

  @Test
  void refusesRepeatingInstrumentsDuplicatesAndBadStatusesByLine() {
    RecordExport.Translation t =
        translate(
            "record_id,redcap_event_name,redcap_repeat_instrument,redcap_repeat_instance,"
                + "age_years,screening_complete\n"
                + "7,baseline_arm_1,,,40,2\n"
                + "7,baseline_arm_1,,,41,2\n"
                + "8,baseline_arm_1,screening,2,40,2\n"
                + "9,baseline_arm_1,,,40,5\n"
                + "10,,,,40,2",
            Set.of());
    assertThat(t.problems())
        .extracting(p -> p.line() + " " + p.column())
        .containsExactly(
            "3 record_id",
            "4 redcap_repeat_instance",
            "5 screening_complete",
            "6 redcap_event_name");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(RecordExport.translate(DICTIONARY, List.of(), Set.of(), "b").clean()).isFalse();
  }
}
