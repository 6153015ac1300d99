package org.securebase.app.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/**
 * Guided practice as the two people who use it meet it: the clinician builds, edits and approves;
 * the client, on a phone, answers the before check, plays the audio beside its words and answers
 * the after check; a crisis phrase in the aspiration stops the builder and shows help at once.
 */
class PracticeBrowserIT extends BrowserTesting {

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void clinicianBuildsEditsApprovesAndTheClientPlaysItOnAPhone() {
    AudioTools.required();
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    Page page = browser.newPage(false);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/clients/" + client.clientId() + "/practices"));
    assertThat(page.getByText("This practice was not built")).hasCount(0);

    page.getByLabel("One sentence, in the client's own words")
        .fill("I want to rest in connection.");
    page.locator("#style-GROUNDING").check();
    page.locator("#minutes-5").check();
    page.getByRole(AriaRole.BUTTON, named("Build the practice")).click();
    assertThat(page.getByText("Practice built.")).isVisible();
    assertThat(page.getByText("Part of every practice").first()).isVisible();
    assertThat(page.getByText("Because the style is Grounding").first()).isVisible();
    assertThat(page.getByText("Draft: not visible to the client")).isVisible();

    // The client cannot reach a draft.
    Page phone = browser.newPage(true);
    browser.signIn(phone, client.username(), TestWorkspace.PASSWORD);
    phone.navigate(browser.url("/me/practices"));
    assertThat(phone.getByText("Your clinician has not shared a practice with you yet."))
        .isVisible();

    page.locator("#sentence-0")
        .fill(
            "This is a short practice for relaxing and rehearsing; you stay in charge throughout.");
    page.getByRole(AriaRole.BUTTON, named("Save the edits")).click();
    assertThat(page.getByText("Edits saved.")).isVisible();
    assertThat(page.getByText("editorial, clinician-edited").first()).isVisible();
    browser.screenshot(page, "practice-preview");
    page.getByRole(AriaRole.BUTTON, named("Approve: the client can play it")).click();
    assertThat(page.getByText("Approved. The audio is being made")).isVisible();

    phone.navigate(browser.url("/me/practices"));
    phone.getByRole(AriaRole.LINK, named("Grounding, 5 min")).click();
    browser.screenshot(phone, "practice-before-check-phone");
    phone.getByLabel("How settled do you feel right now?").selectOption("6");
    phone.getByLabel("How real and here do things feel right now?").selectOption("7");
    phone.getByRole(AriaRole.BUTTON, named("Start the practice")).click();
    assertThat(phone.getByText("you stay in charge throughout")).isVisible();
    // The page reloads itself when the audio is ready (festival renders 5 minutes in well under
    // three on these machines).
    phone
        .locator("audio")
        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(240_000));
    Object duration =
        phone.evaluate(
            "() => new Promise(ok => { const a = document.querySelector('audio');"
                + " if (a.readyState >= 1) ok(a.duration);"
                + " a.addEventListener('loadedmetadata', () => ok(a.duration)); a.load(); })");
    assertThat(((Number) duration).doubleValue()).isBetween(270.0, 330.0);
    assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= 390"))
        .isTrue();
    browser.screenshot(phone, "practice-player-phone");

    phone.getByLabel("How settled do you feel now?").selectOption("4");
    phone.getByLabel("How real and here do things feel now?").selectOption("7");
    phone.locator("#unreal-no").check();
    phone.getByRole(AriaRole.BUTTON, named("Save how it went")).click();
    assertThat(phone.getByText("Next time, try a grounding practice only.")).isVisible();

    page.navigate(browser.url("/clients/" + client.clientId() + "/practices"));
    assertThat(page.locator(".warning").first()).containsText("settled 6 to 4");
    browser.screenshot(page, "practice-clinician-list");
  }

  @Test
  void aCrisisPhraseInTheAspirationStopsTheBuilderAndShowsHelpAtOnce() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    Page phone = browser.newPage(true);
    browser.signIn(phone, client.username(), TestWorkspace.PASSWORD);
    phone.navigate(browser.url("/me/practices"));
    assertThat(phone.getByRole(AriaRole.ALERT)).hasCount(0);
    phone.getByLabel("One sentence, in your own words").fill("Some days I just want to die.");
    phone.getByRole(AriaRole.BUTTON, named("Send to my clinician")).click();

    assertThat(phone.getByRole(AriaRole.ALERT)).containsText("This practice was not built");
    assertThat(phone.getByRole(AriaRole.ALERT).locator("a[href='tel:988']")).isVisible();
    browser.screenshot(phone, "practice-crisis-phone");

    Page page = browser.newPage(false);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/clients/" + client.clientId() + "/logs"));
    assertThat(page.getByText("guided practice").first()).isVisible();
    assertThat(page.content()).doesNotContain("want to die");
    page.navigate(browser.url("/clients/" + client.clientId() + "/practices"));
    assertThat(page.getByText("No practices yet.")).isVisible();
  }
}
