package org.securebase.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ItemWordingImportTest {

  private final Instrument rfq = InstrumentCatalog.builtIn().get("rfq-8", "1.0");

  private static String file(String id, String version, Map<String, String> wording) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("instrumentId", id);
    doc.put("instrumentVersion", version);
    doc.put("wording", wording);
    return JsonMapper.builder().build().writeValueAsString(doc);
  }

  private static Map<String, String> wordingFor(int from, int to) {
    Map<String, String> wording = new LinkedHashMap<>();
    for (int i = from; i <= to; i++) {
      wording.put(String.valueOf(i), "Placeholder licensed wording " + i);
    }
    return wording;
  }

  @Test
  void appliesAFileThatCoversExactlyTheItems() {
    Instrument imported = ItemWordingImport.apply(rfq, file("rfq-8", "1.0", wordingFor(1, 8)));
    assertThat(imported.wordingSource()).isEqualTo(WordingSource.IMPORTED);
    assertThat(imported.item("3").orElseThrow().wording())
        .isEqualTo("Placeholder licensed wording 3");
    assertThat(imported.item("3").orElseThrow().label()).isEqualTo("RFQ-8 item 3");
    assertThat(imported.subscales()).isEqualTo(rfq.subscales());
  }

  @Test
  void refusesUnknownItemIdsNamingThem() {
    Map<String, String> wording = wordingFor(1, 8);
    wording.put("9", "extra");
    wording.put("q1", "extra");
    assertThatThrownBy(() -> ItemWordingImport.apply(rfq, file("rfq-8", "1.0", wording)))
        .isInstanceOfSatisfying(
            WordingImportException.class,
            e -> assertThat(e.unknownIds()).containsExactly("9", "q1"))
        .hasMessageContaining("unknown item ids [9, q1]");
  }

  @Test
  void refusesMissingOrBlankItemIdsNamingThem() {
    Map<String, String> wording = wordingFor(1, 6);
    wording.put("2", "  ");
    assertThatThrownBy(() -> ItemWordingImport.apply(rfq, file("rfq-8", "1.0", wording)))
        .isInstanceOfSatisfying(
            WordingImportException.class,
            e -> assertThat(e.missingIds()).containsExactly("2", "7", "8"))
        .hasMessageContaining("no wording for item ids [2, 7, 8]");
  }

  @Test
  void refusesAFileForAnotherVersion() {
    assertThatThrownBy(() -> ItemWordingImport.apply(rfq, file("rfq-8", "2.0", wordingFor(1, 8))))
        .isInstanceOf(WordingImportException.class)
        .hasMessageContaining("rfq-8 version 2.0");
  }

  @Test
  void refusesAMalformedFile() {
    assertThatThrownBy(() -> ItemWordingImport.apply(rfq, "{\"instrumentId\": 3, \"x\": 1}"))
        .isInstanceOf(WordingImportException.class)
        .hasMessageContaining("not valid");
  }
}
