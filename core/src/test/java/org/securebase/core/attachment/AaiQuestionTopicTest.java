package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AaiQuestionTopicTest {

  @Test
  void listsAboutTwentyTopicsWithDistinctLabels() {
    assertThat(AaiQuestionTopic.values()).hasSizeBetween(18, 22);
    assertThat(Arrays.stream(AaiQuestionTopic.values()).map(AaiQuestionTopic::label))
        .doesNotHaveDuplicates()
        .allSatisfy(l -> assertThat(l).isNotBlank().hasSizeLessThan(80));
  }

  @Test
  void startsWithFamilyBackgroundAndEndsWithWhatWasLearned() {
    AaiQuestionTopic[] topics = AaiQuestionTopic.values();
    assertThat(topics[0]).isEqualTo(AaiQuestionTopic.FAMILY_BACKGROUND);
    assertThat(topics[topics.length - 1]).isEqualTo(AaiQuestionTopic.WHAT_WAS_LEARNED);
  }
}
