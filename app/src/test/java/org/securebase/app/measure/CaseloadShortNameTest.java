package org.securebase.app.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseloadShortNameTest {

  @Test
  void anAbbreviationIsShownAsCliniciansWriteItAndALongIdNotAtAll() {
    assertThat(CaseloadMeasures.shortName("phq-9")).isEqualTo("PHQ-9");
    assertThat(CaseloadMeasures.shortName("ecr-rs")).isEqualTo("ECR-RS");
    assertThat(CaseloadMeasures.shortName("signs-of-security")).isEmpty();
  }
}
