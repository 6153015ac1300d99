package org.securebase.app.study;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

/** REDCap branching logic on a data entry form in a real browser: fields appear as answered. */
class BranchingLogicBrowserIT extends BrowserTesting {

  @Autowired Studies studies;
  @Autowired StudyImport imports;

  @Test
  void aFieldAppearsWhenItsConditionHoldsAndGoesWhenItStops() {
    SignedInUser researcher = workspace.person(Role.RESEARCHER);
    Study study =
        studies.create(TestWorkspace.unique("BB"), "Branching", researcher.username(), "t");
    assertThat(
            imports
                .run(
                    study.id(),
                    ImportKind.REDCAP_DICTIONARY,
                    BranchingLogicIT.DICTIONARY,
                    false,
                    researcher)
                .problems())
        .isEmpty();
    imports.run(study.id(), ImportKind.WAVES, "wave,label\nw1,Wave 1\n", false, researcher);
    imports.run(study.id(), ImportKind.PARTICIPANTS, "participant_id\nP1\n", false, researcher);

    Page page = browser.newPage(true);
    browser.signIn(page, researcher.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/studies/" + study.id() + "/records/P1/w1/habits"));
    assertThat(page.locator("#v_cigarettes")).isHidden();
    assertThat(page.locator("#v_heavy_note")).isHidden();

    page.locator("#v_smoker").selectOption("1");
    assertThat(page.locator("#v_cigarettes")).isVisible();
    page.locator("#v_cigarettes").fill("25");
    assertThat(page.locator("#v_heavy_note")).isVisible();
    browser.screenshot(page, "entry-branching-shown");

    page.locator("#v_cigarettes").fill("5");
    assertThat(page.locator("#v_heavy_note")).isHidden();
    page.locator("#v_smoker").selectOption("0");
    assertThat(page.locator("#v_cigarettes")).isHidden();
    assertThat(page.locator("#v_therapy_weeks")).isHidden();
    page.locator("#v_supports___3").selectOption("1");
    assertThat(page.locator("#v_therapy_weeks")).isVisible();
  }
}
