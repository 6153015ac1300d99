package org.securebase.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InstrumentCatalogTest {

  /** A small valid definition; the validation tests break one thing at a time. */
  static final String VALID =
      """
      {"id": "tiny", "version": "1.0", "title": "Tiny", "citation": "Test fixture",
       "licenceNote": "test only", "enabledByDefault": true, "selfMonitoring": false,
       "wordingSource": "NEUTRAL_LABELS_ONLY",
       "scale": {"min": 1, "max": 7, "anchors": {"1": "low", "7": "high"}},
       "targets": [],
       "items": [{"id": "1", "label": "one", "wording": null, "scale": null},
                 {"id": "2", "label": "two", "wording": null, "scale": null},
                 {"id": "3", "label": "three", "wording": null, "scale": null}],
       "subscales": [{"id": "main", "title": "Main", "items": ["1", "2", "3"],
                      "reverseKeyed": ["2"],
                      "recodings": {"3": {"1": 3, "2": 2, "3": 1, "4": 0, "5": 0, "6": 0, "7": 0}},
                      "aggregation": "MEAN", "weights": {}, "direction": "LOWER_IS_BETTER",
                      "reliability": [], "norms": []}],
       "missingData": {"maxMissingFraction": 0.2, "description": "20% rule"},
       "notes": []}
      """;

  @Nested
  class BuiltIn {

    private final InstrumentCatalog catalog = InstrumentCatalog.builtIn();

    @Test
    void loadsEveryShippedDefinition() {
      assertThat(catalog.all())
          .extracting(Instrument::id)
          .containsExactly("ecr-r", "ecr-rs", "gad-7", "phq-9", "rfq-8", "rq", "signs-of-security");
    }

    @Test
    void shipsTheRelationshipQuestionnaireDisabledWithItsResearchOnlyNote() {
      Instrument rq = catalog.get("rq", "1.0");
      assertThat(rq.enabledByDefault()).isFalse();
      assertThat(rq.licenceNote()).contains("no commercial use").contains("not for individual");
      assertThat(catalog.enabledByDefault()).extracting(Instrument::id).doesNotContain("rq");
    }

    @Test
    void marksTheChecklistAsSelfMonitoringWithItsOwnWording() {
      Instrument checklist = catalog.get("signs-of-security", "1.0");
      assertThat(checklist.selfMonitoring()).isTrue();
      assertThat(checklist.title()).contains("self-monitoring");
      assertThat(checklist.notes()).anyMatch(n -> n.contains("not a validated measure"));
      assertThat(checklist.items()).hasSize(10).allMatch(Item::hasWording);
      assertThat(checklist.scale().min()).isZero();
      assertThat(checklist.scale().max()).isEqualTo(4);
    }

    @Test
    void shipsNoWordingForLicensedInstruments() {
      for (String id : List.of("ecr-r", "ecr-rs", "rfq-8", "rq")) {
        Instrument instrument = catalog.get(id, "1.0");
        assertThat(instrument.wordingSource()).isEqualTo(WordingSource.NEUTRAL_LABELS_ONLY);
        assertThat(instrument.items()).noneMatch(Item::hasWording);
      }
    }

    @Test
    void listsEcrRsAnswerKeysPerTarget() {
      Instrument ecrRs = catalog.get("ecr-rs", "1.0");
      assertThat(ecrRs.answerKeys()).hasSize(36).startsWith("mother.1").endsWith("friend.9");
    }

    @Test
    void prefersTestRetestForPartnerAndFallsBackToAlphaForFriend() {
      Subscale avoidance = catalog.get("ecr-rs", "1.0").subscale("avoidance").orElseThrow();
      assertThat(avoidance.preferredReliability("partner").orElseThrow())
          .extracting(Reliability::kind, Reliability::value)
          .containsExactly(Reliability.Kind.TEST_RETEST, 0.65);
      assertThat(avoidance.preferredReliability("friend").orElseThrow())
          .extracting(Reliability::kind, Reliability::value)
          .containsExactly(Reliability.Kind.ALPHA, 0.90);
    }

    @Test
    void shipsNoNormsBecauseNoneIsInventedWithoutASource() {
      assertThat(catalog.all())
          .flatExtracting(Instrument::subscales)
          .allMatch(s -> s.norms().isEmpty());
    }

    @Test
    void survivesAJsonRoundTrip() {
      JsonMapper mapper = JsonMapper.builder().build();
      for (Instrument instrument : catalog.all()) {
        String json = mapper.writeValueAsString(instrument);
        assertThat(InstrumentCatalog.parse(json, instrument.id())).isEqualTo(instrument);
      }
    }

    @Test
    void findsTheLatestVersion() {
      assertThat(catalog.latest("ecr-r")).map(Instrument::version).contains("1.0");
      assertThat(catalog.latest("nope")).isEmpty();
    }
  }

  @Nested
  class Validation {

    @Test
    void acceptsTheValidFixture() {
      assertThat(InstrumentCatalog.parse(VALID, "tiny.json").subscales()).hasSize(1);
    }

    @Test
    void rejectsSubscaleNamingAnUnknownItem() {
      String json =
          VALID.replace(
              "\"items\": [\"1\", \"2\", \"3\"]", "\"items\": [\"1\", \"2\", \"3\", \"37\"]");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .isInstanceOf(InvalidInstrumentException.class)
          .hasMessageContaining("tiny.json")
          .hasMessageContaining("subscale 'main' names unknown item '37'");
    }

    @Test
    void rejectsReverseKeyOutsideTheSubscale() {
      String json = VALID.replace("\"reverseKeyed\": [\"2\"]", "\"reverseKeyed\": [\"9\"]");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .hasMessageContaining("reverse-keys item '9' which is not in the subscale");
    }

    @Test
    void rejectsRecodingThatMissesAnAnswer() {
      String json = VALID.replace("\"6\": 0, \"7\": 0}", "\"6\": 0}");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .hasMessageContaining("recoding of item '3' gives no value for answer 7");
    }

    @Test
    void rejectsRecodingOfAnAnswerOutsideTheScale() {
      String json = VALID.replace("\"7\": 0}", "\"7\": 0, \"8\": 0}");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .hasMessageContaining("maps answer 8 outside 1..7");
    }

    @Test
    void rejectsAnItemThatIsBothReversedAndRecoded() {
      String json = VALID.replace("\"reverseKeyed\": [\"2\"]", "\"reverseKeyed\": [\"3\"]");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .hasMessageContaining("both reverse-keys and recodes item '3'");
    }

    @Test
    void rejectsDuplicateItemIds() {
      String json = VALID.replace("{\"id\": \"3\", \"label\"", "{\"id\": \"2\", \"label\"");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .hasMessageContaining("item id '2' is used twice");
    }

    @Test
    void reportsEveryProblemAtOnce() {
      String json =
          VALID
              .replace("\"reverseKeyed\": [\"2\"]", "\"reverseKeyed\": [\"9\"]")
              .replace("\"citation\": \"Test fixture\"", "\"citation\": \"\"");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .isInstanceOfSatisfying(
              InvalidInstrumentException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void rejectsMalformedJsonNamingTheSource() {
      assertThatThrownBy(() -> InstrumentCatalog.parse("{\"id\": ", "broken.json"))
          .isInstanceOf(InvalidInstrumentException.class)
          .hasMessageContaining("broken.json");
    }

    @Test
    void rejectsUnknownFields() {
      String json = VALID.replace("\"notes\": []", "\"notes\": [], \"reverse\": [1]");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .isInstanceOf(InvalidInstrumentException.class)
          .hasMessageContaining("reverse");
    }

    @Test
    void rejectsWeightedSumWithoutAWeightPerItem() {
      String json =
          VALID.replace(
              "\"aggregation\": \"MEAN\", \"weights\": {}",
              "\"aggregation\": \"WEIGHTED_SUM\", \"weights\": {\"1\": 1}");
      assertThatThrownBy(() -> InstrumentCatalog.parse(json, "tiny.json"))
          .hasMessageContaining("needs a weight for each of its items");
    }

    @Test
    void rejectsTheSameIdAndVersionTwice() {
      Instrument tiny = InstrumentCatalog.parse(VALID, "tiny.json");
      assertThatThrownBy(() -> InstrumentCatalog.of(List.of(tiny, tiny)))
          .hasMessageContaining("tiny@1.0 is defined twice");
    }
  }
}
