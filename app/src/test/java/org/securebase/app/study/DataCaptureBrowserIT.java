package org.securebase.app.study;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

/** Data entry and double data entry with a disagreement resolved, in a real browser. */
class DataCaptureBrowserIT extends BrowserTesting {

  @Autowired Studies studies;
  @Autowired StudyImport imports;

  SignedInUser first;
  SignedInUser second;
  SignedInUser third;
  Study study;

  @BeforeEach
  void study() {
    first = workspace.person(Role.RESEARCHER);
    second = workspace.person(Role.RESEARCHER);
    third = workspace.person(Role.RESEARCHER);
    study =
        studies.create(
            TestWorkspace.unique("DB"), "Browser capture study", first.username(), "test");
    for (SignedInUser r : new SignedInUser[] {second, third}) {
      studies.assign(study.id(), r.username(), "test");
      studies.accept(study.id(), r.id(), first);
    }
    imports.run(
        study.id(),
        ImportKind.REDCAP_DICTIONARY,
        RedcapIT.sample("attachment_study_dictionary.csv"),
        false,
        first);
    imports.run(
        study.id(),
        ImportKind.REDCAP_RECORDS,
        RedcapIT.sample("attachment_study_records.csv"),
        false,
        first);
  }

  Page signedIn(SignedInUser who, boolean phone) {
    Page page = browser.newPage(phone);
    browser.signIn(page, who.username(), TestWorkspace.PASSWORD);
    return page;
  }

  @Test
  void aResearcherEntersAFormSeesTheProblemBesideTheFieldThenMarksItComplete() {
    Page page = signedIn(first, true);
    page.navigate(browser.url("/studies/" + study.id()));
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Record status and data entry"))
        .click();
    assertThat(page.locator("#status-grid")).containsText("1003");
    browser.screenshot(page, "research-status-phone");
    page.locator("#status-grid tr", new Page.LocatorOptions().setHasText("1003"))
        .getByRole(AriaRole.LINK)
        .first()
        .click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .containsText("1003");
    page.getByLabel("Age in years").fill("120");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and mark complete"))
        .click();
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was saved");
    assertThat(page.locator("#e_age_years")).containsText("18..90");
    assertThat(page.getByLabel("Age in years")).hasValue("120");
    browser.screenshot(page, "research-entry-refused-phone");

    page.getByLabel("Age in years").fill("45");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and mark complete"))
        .click();
    assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("marked complete");
    assertThat(page.getByLabel("Age in years")).hasValue("45");
  }

  @Test
  void twoPeopleEnterBlindAndAThirdResolvesTheDifference() {
    Page setter = signedIn(first, false);
    setter.navigate(browser.url("/studies/" + study.id() + "/status"));
    setter
        .getByLabel("Form", new Page.GetByLabelOptions().setExact(true))
        .selectOption("aai_scores");
    setter.getByLabel("Enter this form twice (double data entry)").check();
    setter
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the setting"))
        .click();
    assertThat(setter.getByRole(AriaRole.STATUS).first()).containsText("entered twice");

    String form = "/studies/" + study.id() + "/records/1003/baseline_arm_1/aai_scores";
    for (SignedInUser who : new SignedInUser[] {first, second}) {
      Page page = who == first ? setter : signedIn(second, false);
      page.navigate(browser.url(form));
      assertThat(page.getByText("You see and save only your own entry")).isVisible();
      page.getByLabel("Coherence of mind (1-9)").fill(who == first ? "6.5" : "5.5");
      page.getByLabel("Coherence of transcript (1-9)").fill("6");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and mark complete"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("marked complete");
    }

    Page resolver = signedIn(third, false);
    resolver.navigate(browser.url(form + "/compare"));
    assertThat(resolver.getByText("1 of 4 fields differ.")).isVisible();
    browser.screenshot(resolver, "research-compare-desktop");
    resolver.getByLabel("Resolved value for Coherence of mind (1-9)").fill("6");
    resolver
        .getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve and store these values"))
        .click();
    assertThat(resolver.getByRole(AriaRole.STATUS).first()).containsText("Resolved");
    assertThat(resolver.locator("#agreement")).containsText("coh_mind");
    assertThat(
            resolver.locator(
                "#agreement tr", new Page.LocatorOptions().setHasText("coh_transcript")))
        .containsText("100%");
    browser.screenshot(resolver, "research-status-desktop");
    assertThat(
            resolver
                .locator("#status-grid tr", new Page.LocatorOptions().setHasText("1003"))
                .textContent())
        // Resolved, no longer pending; the cell stays incomplete while its screening form is.
        .doesNotContain("pending")
        .contains("incomplete");
  }
}
