package org.securebase.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisLanguageTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I want to kill myself",
        "thinking about ending it all",
        "I hurt myself again last night",
        "no reason to live",
        "Some days I think everyone would be better off without me.",
        "I keep wishing I was dead",
        "I don’t want to wake up tomorrow",
        "I thought about suicide on the bridge",
        "I cut myself after the call",
        "The urge to self-harm came back",
        "I wanted to die when she left",
        "I would never kill myself, but",
        "thinking about taking my own life",
        "NO POINT IN GOING ON"
      })
  void flagsSelfHarmAndSuicideLanguage(String text) {
    CrisisLanguage.Finding finding = CrisisLanguage.scan(text);
    assertThat(finding.flagged()).as(text).isTrue();
    assertThat(finding.phraseListVersion()).isEqualTo(CrisisLanguage.PHRASE_LIST_VERSION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "this traffic is killing me",
        "I'd die for a coffee",
        "the movie's ending was sad",
        "my cat died last year",
        "My grandmother died when I was nine and nobody told me why.",
        "That joke killed me",
        "I noticed the pull to withdraw and named it out loud.",
        "I was dying to tell her the news",
        "We talked about ending the lease",
        "I hurt my back lifting boxes",
        "Happy ending for once!"
      })
  void leavesIdiomsAndOrdinaryGriefAlone(String text) {
    assertThat(CrisisLanguage.scan(text).matchedPhrases()).as(text).isEmpty();
  }

  @Test
  void findsNothingInBlankText() {
    assertThat(CrisisLanguage.scan(null).flagged()).isFalse();
    assertThat(CrisisLanguage.scan("   ").flagged()).isFalse();
  }

  @Test
  void namesWhichPhraseMatched() {
    assertThat(CrisisLanguage.scan("I want to kill myself").matchedPhrases())
        .contains("kill oneself");
  }
}
