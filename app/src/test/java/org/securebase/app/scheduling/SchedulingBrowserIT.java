package org.securebase.app.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/** Scheduling as a clinician and a client meet it, in a real browser. */
class SchedulingBrowserIT extends BrowserTesting {

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void aClinicianSetsTheirHoursAndBooksAWeeklySeries() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    Client client = workspace.clientOf(clinician, "synthetic");
    Page page = browser.newPage(false);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.getByRole(AriaRole.LINK, named("Calendar")).click();
    page.getByLabel("Your time zone").selectOption("America/New_York");
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.getValue() <= 5) {
        page.locator("#from-" + d.name()).fill("09:00");
        page.locator("#to-" + d.name()).fill("18:00");
      }
    }
    page.getByRole(AriaRole.BUTTON, named("Save working hours")).click();
    assertThat(page.getByText("Working hours saved.")).isVisible();
    assertThat(page.locator("#from-MONDAY")).hasValue("09:00");

    page.getByLabel("Client", new Page.GetByLabelOptions().setExact(true))
        .selectOption(client.id().toString());
    page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true))
        .fill(SchedulingFixture.monday(1).toString());
    page.getByLabel("Start time").fill("10:00");
    page.getByLabel("How many appointments").fill("4");
    page.getByLabel("Repeat").selectOption("1");
    page.getByRole(AriaRole.BUTTON, named("Book")).click();
    assertThat(page.getByText("Series booked; every occurrence was checked for clashes."))
        .isVisible();
    assertThat(page.locator("#appointments tbody tr[data-status=SCHEDULED]")).hasCount(4);
    browser.screenshot(page, "scheduling-calendar-1280");

    // The same time again clashes, and the page names the taken time.
    page.getByLabel("Client", new Page.GetByLabelOptions().setExact(true))
        .selectOption(client.id().toString());
    page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true))
        .fill(SchedulingFixture.monday(3).toString());
    page.getByLabel("Start time").fill("10:30");
    page.getByRole(AriaRole.BUTTON, named("Book")).click();
    assertThat(page.getByText("That time is already taken. Nothing was booked.")).isVisible();
    assertThat(page.getByText("already taken from 10:00 to 10:50")).isVisible();

    Page phone = browser.newPage(true);
    browser.signIn(phone, clinician.username(), TestWorkspace.PASSWORD);
    phone.navigate(browser.url("/calendar"));
    browser.screenshot(phone, "scheduling-calendar-390");
  }

  @Test
  void aClientRequestsSeesAndCancelsAnAppointmentOnAPhone() throws Exception {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    SignedInUser client = workspace.clientPerson(clinician);
    Page page = browser.newPage(true);
    browser.signIn(page, client.username(), TestWorkspace.PASSWORD);
    assertThat(page.getByText("Nothing is booked at the moment.")).isVisible();
    page.getByRole(AriaRole.LINK, named("Your appointments")).click();
    String chosen = page.getByLabel("Free times").locator("option").first().textContent();
    page.getByRole(AriaRole.BUTTON, named("Book this time")).click();
    assertThat(page.getByText("Your appointment is booked.")).isVisible();
    assertThat(page.locator(".appointment-card")).hasCount(1);
    browser.screenshot(page, "scheduling-portal-390");

    Download download =
        page.waitForDownload(
            () -> page.getByRole(AriaRole.LINK, named("Add to my calendar")).click());
    String ics = Files.readString(download.path());
    AppointmentApiIT.event(ics, "REQUEST");
    assertThat(ics).doesNotContainIgnoringCase("therapy");

    page.navigate(browser.url("/me"));
    assertThat(page.getByText("Next: ")).isVisible();
    page.navigate(browser.url("/me/appointments"));
    page.getByRole(AriaRole.BUTTON, named("Cancel")).click();
    assertThat(page.getByText("Your appointment is cancelled.", new Page.GetByTextOptions()))
        .isVisible();
    assertThat(page.locator(".appointment-card")).hasCount(0);
    assertThat(chosen).isNotBlank();
    int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    assertThat(width).isLessThanOrEqualTo(390);
  }
}
