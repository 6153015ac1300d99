package org.securebase.core.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PhiGuardTest {

  static final PhiGuard GUARD = PhiGuard.standard(2026);

  static List<String> kinds(String text) {
    return GUARD.check(text).findings().stream().map(f -> f.kind().code()).toList();
  }

  @Nested
  class Refuses {
    @Test
    void refusesTheIssuesAnecdoteWithEveryDetailInIt() {
      String text = "Last week my client, a 34-year-old nurse from Dayton, called her mother.";
      PhiReport r = GUARD.check(text);
      assertThat(r.kinds()).contains(PhiKind.CLINICAL_ANECDOTE, PhiKind.PLACE);
      PhiFinding place =
          r.findings().stream().filter(f -> f.kind() == PhiKind.PLACE).findFirst().orElseThrow();
      assertThat(text.substring(place.start(), place.end())).isEqualTo("Dayton");
    }

    @Test
    void refusesANameAndATown() {
      assertThat(kinds("Maria Lopez grew up in Millbrook.")).containsExactly("person", "place");
    }

    @Test
    void refusesAnAgeOverEightyNineButNotBelow() {
      assertThat(kinds("Her grandmother is 93 years old.")).containsExactly("age");
      assertThat(kinds("Participants were 45 years old on average.")).isEmpty();
    }

    @Test
    void refusesWebAddressesInTextButNotInTheSourceField() {
      String text = "See https://doi.org/10.1177/00332941241277495 for the review.";
      assertThat(kinds(text)).containsExactly("url");
      assertThat(GUARD.check(text, PhiGuard.Field.SOURCE).clean()).isTrue();
    }
  }

  @Nested
  class Allows {
    @Test
    void allowsCitedAuthorsAndTheFieldsTerms() {
      assertThat(
              kinds(
                  "Mary Main and Bowlby built on Ainsworth's Strange Situation and the Adult"
                      + " Attachment Interview."))
          .isEmpty();
    }

    @Test
    void allowsStatesYearsAndGeneralClinicalTalk() {
      assertThat(kinds("In 2002 a study in Minnesota followed families for years.")).isEmpty();
      assertThat(kinds("My clients often say the interview felt like being heard.")).isEmpty();
    }

    @Test
    void allowsAuthorsNamesInTheSourceField() {
      assertThat(
              GUARD
                  .check(
                      "Roisman, G. I., Padron, E. (2002). Child Development, 73(4), 1204-1219.",
                      PhiGuard.Field.SOURCE)
                  .clean())
          .isTrue();
    }
  }

  @Test
  void suggestsADeidentifiedWording() {
    String text = "Call Maria on 555-0142.";
    String suggested = GUARD.check(text).deidentified(text, Replacement::english);
    assertThat(suggested).isEqualTo("Call [a person] on [number removed].");
  }

  @Test
  void saysItIsAnAidNotAGuarantee() {
    assertThat(PhiReport.LIMITS).contains("not a guarantee");
  }
}
