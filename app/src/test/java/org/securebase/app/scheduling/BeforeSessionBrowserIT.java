package org.securebase.app.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/**
 * A measure "before each session" in a real browser: the clinician assigns it on the measures page,
 * the job runs, and the client sees it due on a phone before the booked appointment.
 */
class BeforeSessionBrowserIT extends BrowserTesting {

  @Test
  void aBeforeEachSessionMeasureBecomesDue() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    SignedInUser client = workspace.clientPerson(clinician);
    SchedulingFixture.book(
        context, clinician, client.clientId(), BeforeSessionMeasuresIT.nextWeekday() + "T15:00");

    Page desk = browser.newPage(false);
    browser.signIn(desk, clinician.username(), TestWorkspace.PASSWORD);
    desk.navigate(browser.url("/clients/" + client.clientId() + "/measures"));
    desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assign a measure")).click();
    desk.getByLabel("Measure").selectOption("phq-9");
    desk.getByLabel("How often").selectOption("BEFORE_SESSION");
    desk.getByLabel("Hours before each session").fill("120");
    desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
    assertThat(desk.getByRole(AriaRole.STATUS)).containsText("120 hours before each session");

    Page before = browser.newPage(true);
    browser.signIn(before, client.username(), TestWorkspace.PASSWORD);
    assertThat(before.locator(".measures-due")).isVisible();
    assertThat(before.locator(".measures-due .due-list a")).hasCount(0);

    context.getBean(BeforeSessionJob.class).createDue();

    Page phone = browser.newPage(true);
    browser.signIn(phone, client.username(), TestWorkspace.PASSWORD);
    assertThat(phone.locator(".measures-due .due-list a")).hasCount(1);
    assertThat(
            phone.getByRole(
                AriaRole.LINK,
                // The client reads the questionnaire's plain title, not its academic name.
                new Page.GetByRoleOptions().setName("Your mood over the last two weeks")))
        .isVisible();
    browser.screenshot(phone, "measures-before-session-390");
  }
}
