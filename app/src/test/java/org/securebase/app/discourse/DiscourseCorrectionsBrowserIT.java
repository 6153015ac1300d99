package org.securebase.app.discourse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.interview.TranscriptImport;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/** A coder marks a false positive and a miss; the calibration page counts them. */
class DiscourseCorrectionsBrowserIT extends BrowserTesting {

  private static int count(Page page, String indicator, String column) {
    return Integer.parseInt(
        page.locator("tr[data-indicator=" + indicator + "] td." + column).innerText().strip());
  }

  @Test
  void aCoderMarksAFalsePositiveAndAMissAndTheCalibrationPageCountsThem() {
    SignedInUser coder = workspace.person(Role.CODER);
    TranscriptImport form = new TranscriptImport();
    form.setParticipantCode(TestWorkspace.unique("DB"));
    form.setContent(DiscourseCorrectionsIT.TEXT);
    InterviewTranscript t = context.getBean(Interviews.class).importTranscript(form, null, coder);

    Page page = browser.newPage(false);
    browser.signIn(page, coder.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/reliability/calibration"));
    int wrongBefore = count(page, "unsupported_positive", "lab-wrong");
    int missedBefore = count(page, "reflective", "lab-missed");

    page.navigate(browser.url("/transcripts/" + t.id()));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check the highlights"))
        .click();
    assertThat(page.locator("mark.sb-ind-unsupported_positive").first()).isVisible();
    browser.screenshot(page, "discourse-evidence");

    // A false positive: the analyzer's "wonderful" highlight.
    Locator row =
        page.locator("table.correction-marks tbody tr")
            .filter(new Locator.FilterOptions().setHasText("wonderful"));
    row.getByLabel("Note (optional)").fill("the memory comes in the next answer");
    row.getByRole(AriaRole.BUTTON).click();
    assertThat(page.getByText("you marked this unsupported positive highlight as wrong"))
        .isVisible();
    assertThat(row.getByText("You marked this wrong")).isVisible();

    // A miss: reflection the analyzer did not mark.
    page.getByLabel("Indicator", new Page.GetByLabelOptions().setExact(true))
        .selectOption("reflective");
    page.getByLabel("The words, exactly as in the transcript").fill("she was lonely herself");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true))
        .click();
    assertThat(page.getByText("you added a missed reflective")).isVisible();
    assertThat(page.locator("table.my-corrections tbody tr")).hasCount(2);
    browser.screenshot(page, "discourse-evidence-corrected");

    // Words not in the transcript: a 400 naming the problem, nothing stored.
    page.getByLabel("The words, exactly as in the transcript").fill("words nobody said");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true))
        .click();
    assertThat(page.locator("#correction-error")).containsText("not in a participant turn");
    assertThat(page.locator("table.my-corrections tbody tr")).hasCount(2);

    page.navigate(browser.url("/reliability/calibration"));
    assertThat(count(page, "unsupported_positive", "lab-wrong")).isEqualTo(wrongBefore + 1);
    assertThat(count(page, "reflective", "lab-missed")).isEqualTo(missedBefore + 1);
    assertThat(page.getByText("Too few to say").first()).isVisible();
    assertThat(page.getByText("78% agreement, kappa .63, on the three organized classifications"))
        .isVisible();
    browser.screenshot(page, "discourse-lab-report");

    Page phone = browser.newPage(true);
    browser.signIn(phone, coder.username(), TestWorkspace.PASSWORD);
    phone.navigate(browser.url("/codings/" + t.id() + "/evidence"));
    assertThat(phone.locator("table.my-corrections tbody tr")).hasCount(2);
    browser.screenshot(phone, "discourse-evidence-phone");
    phone.navigate(browser.url("/reliability/calibration"));
    browser.screenshot(phone, "discourse-lab-report-phone");
  }
}
