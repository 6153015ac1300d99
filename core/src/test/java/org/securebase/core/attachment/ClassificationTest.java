package org.securebase.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationTest {

  @Nested
  class Notation {
    @ParameterizedTest
    @CsvSource({
      "F, F",
      "f3B, F3b",
      "Ds1, Ds1",
      "ds4, Ds4",
      "E3, E3",
      "U/F, U/F",
      "u / e2, U/E2",
      "CC/Ds, CC/Ds",
      "U/CC/F3a, U/CC/F3a",
      "CC/U/Ds2, U/CC/Ds2"
    })
    void readsAndWritesTheUsualNotation(String entered, String expected) {
      assertThat(Classification.parse(entered).notation()).isEqualTo(expected);
    }

    @Test
    void keepsSubclassAsEntered() {
      Classification c = Classification.parse("F3b");
      assertThat(c.organized()).isEqualTo(OrganizedCategory.F);
      assertThat(c.subclassIfEntered()).contains("F3b");
      assertThat(c.overlays()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"U", "CC", "U/CC", "cc"})
    void rejectsOverlayWithoutOrganizedClassification(String entered) {
      assertThatThrownBy(() -> Classification.parse(entered))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("no organized classification");
    }

    @ParameterizedTest
    @ValueSource(strings = {"F6", "Ds5", "E4", "F0", "X", "B", "F/U", "Q/F"})
    void rejectsUnknownParts(String entered) {
      assertThatThrownBy(() -> Classification.parse(entered))
          .isInstanceOf(InvalidEntryException.class);
    }

    @Test
    void rejectsSubclassOfAnotherCategory() {
      assertThatThrownBy(() -> Classification.of(OrganizedCategory.E, "F3"))
          .isInstanceOf(InvalidEntryException.class)
          .hasMessageContaining("subclass")
          .hasMessageContaining("E1 to E3");
    }

    @Test
    void requiresOrganizedCategory() {
      assertThatThrownBy(() -> new Classification(null, null, Set.of(Overlay.U)))
          .hasMessageContaining("organized classification");
    }
  }

  @Nested
  class Schemes {
    @ParameterizedTest
    @CsvSource({
      "F1, secure, F, F",
      "F3b, secure, F, F",
      "Ds2, insecure, Ds, Ds",
      "E1, insecure, E, E",
      "U/F, insecure, F, U",
      "U/Ds, insecure, Ds, U",
      "U/E3, insecure, E, U",
      "CC/Ds, insecure, Ds, U",
      "CC/F, insecure, F, U"
    })
    void mapsToTwoThreeAndFourWayCategories(
        String notation, String twoWay, String threeWay, String fourWay) {
      Classification c = Classification.parse(notation);
      assertThat(c.category(ClassificationScheme.TWO_WAY)).isEqualTo(twoWay);
      assertThat(c.category(ClassificationScheme.THREE_WAY)).isEqualTo(threeWay);
      assertThat(c.category(ClassificationScheme.FOUR_WAY)).isEqualTo(fourWay);
    }

    @Test
    void givesIndexesInCategoryOrder() {
      assertThat(ClassificationScheme.FOUR_WAY.indexOf(Classification.parse("E2"))).isEqualTo(2);
      assertThat(ClassificationScheme.FOUR_WAY.indexOf(Classification.parse("U/E2"))).isEqualTo(3);
      assertThat(ClassificationScheme.TWO_WAY.indexOf(Classification.parse("F"))).isZero();
    }
  }
}
