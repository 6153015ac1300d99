package org.securebase.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {

  @Test
  void aMissingToolFailsTheTestUnderCi() {
    assertThatThrownBy(() -> RequiredTool.require(true, false, "R", "apt-get install r-base-core"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("R is needed");
  }

  @Test
  void aMissingToolSkipsTheTestOutsideCi() {
    assertThatThrownBy(() -> RequiredTool.require(false, false, "R", "apt-get install r-base-core"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("apt-get install r-base-core");
  }

  @Test
  void aPresentToolLetsTheTestRunEitherWay() {
    assertThatCode(() -> RequiredTool.require(true, true, "R", "-")).doesNotThrowAnyException();
    assertThatCode(() -> RequiredTool.require(false, true, "R", "-")).doesNotThrowAnyException();
  }
}
