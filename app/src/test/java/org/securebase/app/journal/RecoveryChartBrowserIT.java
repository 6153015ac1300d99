package org.securebase.app.journal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.SignedInUser;

/**
 * The recovery chart on a phone: the clinician's planned break is drawn behind the episodes and the
 * practice week as a bar, with the association caveat under the chart, and nothing scrolls
 * sideways.
 */
class RecoveryChartBrowserIT extends BrowserTesting {

  @Test
  void theChartDrawsThePlannedBreakAndPracticeFrequency() {
    SignedInUser client = RecoveryMarksIT.clientWithABreakAndPractice(context)[1];
    Page phone = browser.newPage(true);
    browser.signIn(phone, client.username(), TestWorkspace.PASSWORD);
    phone.navigate(browser.url("/me/recovery"));
    assertThat(phone.locator("#recovery-chart")).hasAttribute("data-rendered", "2");
    assertThat(phone.locator("#recovery-chart")).hasAttribute("data-breaks", "1");
    assertThat(phone.locator("#recovery-chart")).hasAttribute("data-practice-weeks", "1");
    assertThat(phone.locator("#practice-association")).containsText("not");
    assertThat(phone.locator("#planned-breaks li")).hasCount(1);
    browser.screenshot(phone, "recovery-breaks-practice-390");
    int width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
    assertThat(width).isLessThanOrEqualTo(390);
  }

  @Test
  void aClientWhoHasLoggedNothingSeesNoEmptyChartDatedNineteenSeventy() {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser client =
        workspace.clientPerson(workspace.person(org.securebase.app.kernel.Role.CLINICIAN));
    Page phone = browser.newPage(true);
    browser.signIn(phone, client.username(), TestWorkspace.PASSWORD);
    phone.navigate(browser.url("/me/recovery"));
    assertThat(phone.locator(".chart-box")).isHidden();
    assertThat(phone.locator("main")).not().containsText("1970");
  }
}
