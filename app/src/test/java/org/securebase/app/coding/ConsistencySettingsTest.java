package org.securebase.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.securebase.core.attachment.ConsistencyRules;
import org.securebase.core.attachment.InvalidEntryException;
import org.springframework.mock.env.MockEnvironment;

class ConsistencySettingsTest {

  @Test
  void usesTheCoreDefaultsWhenNothingIsConfigured() {
    assertThat(new ConsistencySettings(new MockEnvironment()).rules())
        .isSameAs(ConsistencyRules.DEFAULTS);
  }

  @Test
  void configuredThresholdsGetTheirOwnRuleSetId() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty(ConsistencySettings.PREFIX + "secure-coherence-min", "4.5");
    ConsistencyRules rules = new ConsistencySettings(env).rules();
    assertThat(rules.id()).isEqualTo("aai-consistency-site");
    assertThat(rules.parameters()).containsEntry("secureCoherenceMin", "4.5");
    assertThat(rules.parameters())
        .containsEntry(
            "lowCoherenceBelow", ConsistencyRules.DEFAULTS.parameters().get("lowCoherenceBelow"));
  }

  @Test
  void refusesAThresholdOffTheScaleNamingIt() {
    MockEnvironment env =
        new MockEnvironment().withProperty(ConsistencySettings.PREFIX + "leaning-score-min", "12");
    assertThatThrownBy(() -> new ConsistencySettings(env))
        .isInstanceOf(InvalidEntryException.class)
        .hasMessageContaining("leaningScoreMin");
  }
}
