package org.securebase.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PracticeScriptTest {

  private final PracticeScriptWriter writer = PracticeScriptWriter.builtIn();
  private final ScriptTemplates templates = ScriptTemplates.builtIn();

  static Stream<ScriptTemplate> everyTemplate() {
    return ScriptTemplates.builtIn().templates().stream();
  }

  /** Inputs that satisfy every condition of {@code t}: its first listed value for each input. */
  static PracticeInputs selecting(ScriptTemplate t) {
    PracticeInputs in = PracticeFixture.ordinary();
    for (ScriptTemplate.Condition c : t.when()) {
      in = PracticeFixture.with(in, c.input(), c.values().get(0));
    }
    return in;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyTemplate")
  void everyTemplateRendersOnItsOwnPath(ScriptTemplate t) {
    PracticeScript script = writer.write(selecting(t), true);
    ScriptSentence sentence =
        script.sentences().stream()
            .filter(s -> s.templateId().equals(t.id()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(t.id() + " not rendered on its own path"));
    assertThat(sentence.text()).doesNotContain("{").doesNotContain("}").isNotBlank();
    assertThat(sentence.reason()).isEqualTo(t.reason());
    assertThat(sentence.source()).isEqualTo(t.mark()).isNotBlank();
  }

  @Test
  void everySentenceCarriesAListedSourceOrTheEditorialMark() {
    for (ScriptTemplate t : templates.templates()) {
      PracticeScript script = writer.write(selecting(t), true);
      for (ScriptSentence s : script.sentences()) {
        for (String mark : s.source().split(",\\s*")) {
          assertThat(
                  mark.equals("editorial") || templates.source(Integer.parseInt(mark)).isPresent())
              .as("%s mark %s", s.templateId(), mark)
              .isTrue();
        }
      }
    }
  }

  @Test
  void sameInputsGiveTheSameScript() {
    PracticeInputs in = PracticeFixture.ordinary();
    String first = PracticeJson.writeScript(writer.write(in, false));
    String again = PracticeJson.writeScript(PracticeScriptWriter.builtIn().write(in, false));
    PracticeInputs reread = PracticeJson.readInputs(PracticeJson.writeInputs(in, false)).inputs();
    assertThat(again).isEqualTo(first);
    assertThat(PracticeJson.writeScript(writer.write(reread, false))).isEqualTo(first);
  }

  @Test
  void differentInputsChooseDifferentSentencesAndSayWhy() {
    PracticeInputs anxious = PracticeFixture.ordinary();
    PracticeInputs avoidant = PracticeFixture.with(anxious, "pull", "AVOIDANT_WITHDRAWAL");
    List<String> a = ids(writer.write(anxious, false));
    List<String> b = ids(writer.write(avoidant, false));
    assertThat(a).contains("pull.anxious").doesNotContain("pull.avoidant");
    assertThat(b).contains("pull.avoidant").doesNotContain("pull.anxious");
    ScriptSentence why =
        writer.write(avoidant, false).sentences().stream()
            .filter(s -> s.templateId().equals("pull.avoidant"))
            .findFirst()
            .orElseThrow();
    assertThat(why.reason()).isEqualTo("pull=AVOIDANT_WITHDRAWAL");
    assertThat(why.text()).contains("a disagreement").contains("pull away and shut down");
  }

  @Nested
  class Shape {

    @Test
    void opensWithTheWayOutAndGroundsBeforeAnythingElse() {
      PracticeScript script = writer.write(PracticeFixture.ordinary(), false);
      List<String> ids = ids(script);
      assertThat(ids.indexOf("open.exit")).isBetween(0, 2);
      int firstGrounding = ids.indexOf("ground.feet");
      int firstBody = ids.indexOf("body.notice");
      assertThat(firstGrounding).isPositive().isLessThan(firstBody);
      assertThat(script.sentences().get(ids.indexOf("open.exit")).text()).contains("stop");
    }

    @Test
    void endsOrientedToTheRoom() {
      PracticeScript script = writer.write(PracticeFixture.ordinary(), false);
      List<String> ids = ids(script);
      int orient = ids.indexOf("orient.intro");
      assertThat(orient).isGreaterThan(ids.indexOf("asp.read"));
      assertThat(ids.subList(orient, ids.size()))
          .allMatch(id -> id.startsWith("orient.") || id.startsWith("close."));
      assertThat(ids.get(ids.size() - 1)).isEqualTo("close.bell");
    }

    @Test
    void readsTheAspirationBackInTheClientsOwnWords() {
      PracticeScript script = writer.write(PracticeFixture.ordinary(), false);
      assertThat(script.transcript())
          .contains(
              "In your own words: I want to stay steady when someone I love is upset with me.");
    }

    @Test
    void usesRolesNeverNames() {
      PracticeScript script = writer.write(PracticeFixture.ordinary(), false);
      assertThat(script.transcript()).contains("a trusted friend or your therapist");
    }
  }

  @Nested
  class Length {

    static Stream<Arguments> lengths() {
      return Stream.of(PracticeInputs.Style.values())
          .flatMap(
              style ->
                  Stream.of(5, 10, 15)
                      .flatMap(
                          m ->
                              Stream.of(PracticeInputs.Pace.values())
                                  .map(p -> Arguments.of(style, m, p))));
    }

    @ParameterizedTest(name = "{0} {1} min {2}")
    @MethodSource("lengths")
    void pausesAreSizedSoTheScriptLastsTheChosenMinutes(
        PracticeInputs.Style style, int minutes, PracticeInputs.Pace pace) {
      PracticeInputs in = PracticeFixture.ordinary();
      in = PracticeFixture.with(in, "style", style.name());
      in = PracticeFixture.with(in, "length", Integer.toString(minutes));
      in = PracticeFixture.with(in, "pace", pace.name());
      PracticeScript script = writer.write(in, true);
      assertThat(script.totalSeconds())
          .isCloseTo(minutes * 60.0, org.assertj.core.data.Offset.offset(minutes * 6.0));
      assertThat(script.sentences()).allMatch(s -> s.pauseSeconds() >= 0.6);
    }

    @Test
    void longerPracticesRestLongerRatherThanSpeakFaster() {
      PracticeInputs five = PracticeFixture.with(PracticeFixture.ordinary(), "length", "5");
      PracticeInputs fifteen = PracticeFixture.with(PracticeFixture.ordinary(), "length", "15");
      double restFive = pause(writer.write(five, false), "asp.read");
      double restFifteen = pause(writer.write(fifteen, false), "asp.read");
      assertThat(restFifteen).isGreaterThan(restFive);
    }

    @Test
    void realSpeechLengthsResizeThePauses() {
      PracticeScript script = writer.write(PracticeFixture.ordinary(), false);
      List<Double> slower = script.sentences().stream().map(s -> s.speechSeconds() * 1.3).toList();
      PracticeScript resized = script.withSpeechSeconds(slower);
      assertThat(resized.totalSeconds()).isCloseTo(600.0, org.assertj.core.data.Offset.offset(3.0));
      assertThat(resized.sentences().get(0).speechSeconds())
          .isGreaterThan(script.sentences().get(0).speechSeconds());
    }

    private double pause(PracticeScript script, String id) {
      return script.sentences().stream()
          .filter(s -> s.templateId().equals(id))
          .findFirst()
          .orElseThrow()
          .pauseSeconds();
    }
  }

  @Nested
  class Refusals {

    @Test
    void crisisLanguageInTheAspirationStopsTheBuilder() {
      PracticeInputs in =
          PracticeFixture.with(
              PracticeFixture.ordinary(), "aspiration", "Some days I want to kill myself.");
      assertThatThrownBy(() -> writer.write(in, false))
          .isInstanceOfSatisfying(
              CrisisLanguageStop.class,
              stop -> {
                assertThat(stop.field()).isEqualTo("aspiration");
                assertThat(stop.finding().matchedPhrases()).contains("kill oneself");
              });
    }

    @Test
    void anAspirationAboutCaregiversOrForgettingIsRefusedByField() {
      for (String words :
          List.of(
              "I want my mother to understand me.",
              "I want to forget all of it.",
              "I want to regress to a calmer time.",
              "I want to recover my hidden memories.")) {
        PracticeInputs in = PracticeFixture.with(PracticeFixture.ordinary(), "aspiration", words);
        assertThatThrownBy(() -> writer.write(in, false))
            .as(words)
            .isInstanceOfSatisfying(
                InvalidPracticeInputException.class,
                e -> assertThat(e.code()).isEqualTo("practice.input.aspiration.off-limits"));
      }
    }

    @Test
    void hypnosisStyleNeedsTheClinicianToHaveEnabledIt() {
      PracticeInputs in =
          PracticeFixture.with(PracticeFixture.ordinary(), "style", "HYPNOSIS_STYLE");
      assertThatThrownBy(() -> writer.write(in, false))
          .isInstanceOfSatisfying(
              InvalidPracticeInputException.class, e -> assertThat(e.field()).isEqualTo("style"));
      assertThat(ids(writer.write(in, true))).contains("style.hyp3");
    }

    @Test
    void twoSentencesOrAnEmptyAspirationAreRefused() {
      for (String words : List.of("", "   ", "I want calm. And more.", "x".repeat(201))) {
        PracticeInputs in = PracticeFixture.with(PracticeFixture.ordinary(), "aspiration", words);
        assertThatThrownBy(() -> writer.write(in, false))
            .as(words)
            .isInstanceOf(InvalidPracticeInputException.class);
      }
    }

    @Test
    void anUnknownNameInTheJsonIsRefusedNamingTheField() {
      assertThatThrownBy(
              () ->
                  PracticeJson.readInputs(
                      "{\"pull\":\"ANXIOUS\",\"trigger\":\"CONFLICT\",\"body\":\"CHEST\","
                          + "\"instead\":\"PAUSED\",\"aspiration\":\"x\",\"minutes\":5,"
                          + "\"style\":\"GROUNDING\"}"))
          .isInstanceOfSatisfying(
              InvalidPracticeInputException.class, e -> assertThat(e.field()).isEqualTo("pull"));
    }
  }

  @Test
  void theTemplateFileNamesEveryPlaceholderAndSource() {
    assertThat(templates.version()).startsWith("practice-templates/");
    assertThat(templates.templates()).hasSizeGreaterThan(60);
    Set<String> ids = new java.util.HashSet<>();
    templates.templates().forEach(t -> assertThat(ids.add(t.id())).as(t.id()).isTrue());
  }

  @Test
  void aMalformedTemplateFileFailsNamingTheLine() {
    assertThatThrownBy(
            () ->
                ScriptTemplates.parse(
                    "[version]\nv\n[template]\nx | opening | always | 1 | editorial\n"))
        .hasMessageContaining("line 4");
    assertThatThrownBy(
            () ->
                ScriptTemplates.parse(
                    "[version]\nv\n[template]\nx | opening | pull=ANXIOUS | 1 | editorial | Hi.\n"))
        .hasMessageContaining("pull=ANXIOUS");
  }

  private static List<String> ids(PracticeScript script) {
    return script.sentences().stream().map(ScriptSentence::templateId).toList();
  }
}
