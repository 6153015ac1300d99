package org.securebase.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over all input combinations (every enum value, every role subset, every length, aspirations
 * mixing ordinary and off-limits words), a script is either refused or free of forbidden content,
 * grounded first and oriented at the end. The word list here is the test's own, not the one the
 * writer uses, so a gap in {@link ForbiddenContent} shows up as a failure.
 */
class PracticeContentProperties {

  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\b(mother|father|mom|dad|mum|parents?|caregivers?|abus\\w*|perpetrators?|forg[eo]t\\w*|"
              + "regress\\w*|repressed|childhood|inner child|recover\\w* memor\\w*|cure\\w*|"
              + "subconscious\\w*|rewire\\w*|reprogram\\w*)\\b");

  private static final List<String> WORDS =
      List.of(
          "I",
          "want",
          "to",
          "feel",
          "calm",
          "steady",
          "stay",
          "close",
          "when",
          "my",
          "partner",
          "is",
          "late",
          "rest",
          "in",
          "connection",
          "mother",
          "father",
          "forget",
          "regress",
          "childhood",
          "abuser",
          "heal",
          "memories",
          "recover",
          "kill",
          "myself",
          "die",
          "grounded",
          "kind",
          "to",
          "myself",
          "be",
          "brave",
          "and",
          "gentle");

  private final PracticeScriptWriter writer = PracticeScriptWriter.builtIn();

  @Provide
  Arbitrary<String> aspirations() {
    Arbitrary<String> fromWords =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w) + ".");
    Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(220);
    return Arbitraries.oneOf(fromWords, fromWords, anyText);
  }

  @Provide
  Arbitrary<Set<PracticeInputs.SupportRole>> roles() {
    return Arbitraries.of(PracticeInputs.SupportRole.class).set().ofMaxSize(6);
  }

  @Property(tries = 3000)
  void noInputCombinationProducesForbiddenContent(
      @ForAll PracticeInputs.Pull pull,
      @ForAll PracticeInputs.Trigger trigger,
      @ForAll PracticeInputs.BodyLocation body,
      @ForAll PracticeInputs.Instead instead,
      @ForAll("aspirations") String aspiration,
      @ForAll("roles") Set<PracticeInputs.SupportRole> roles,
      @ForAll("lengths") int minutes,
      @ForAll PracticeInputs.Style style,
      @ForAll PracticeInputs.Pace pace,
      @ForAll PracticeInputs.Eyes eyes,
      @ForAll PracticeInputs.Background background,
      @ForAll boolean bell,
      @ForAll boolean hypnosisEnabled) {
    PracticeInputs in =
        new PracticeInputs(
            pull,
            trigger,
            body,
            instead,
            aspiration,
            new TreeSet<>(roles),
            minutes,
            style,
            pace,
            eyes,
            background,
            bell);
    PracticeScript script;
    try {
      script = writer.write(in, hypnosisEnabled);
    } catch (CrisisLanguageStop | InvalidPracticeInputException refused) {
      return;
    }
    String all = script.transcript().toLowerCase(Locale.ROOT);
    assertThat(FORBIDDEN.matcher(all).find()).as(all).isFalse();
    assertThat(all).doesNotContain("{").doesNotContain("}");
    List<String> ids = script.sentences().stream().map(ScriptSentence::templateId).toList();
    assertThat(ids).contains("open.exit", "ground.feet", "orient.intro");
    assertThat(ids.indexOf("ground.feet")).isLessThan(ids.indexOf("body.notice"));
    assertThat(ids.indexOf("orient.intro")).isGreaterThan(ids.indexOf("asp.read"));
    assertThat(script.sentences()).allMatch(s -> !s.source().isBlank());
    assertThat(style != PracticeInputs.Style.HYPNOSIS_STYLE || hypnosisEnabled).isTrue();
    assertThat(Math.abs(script.totalSeconds() - minutes * 60)).isLessThan(minutes * 6.0);
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.of(5, 10, 15);
  }
}
