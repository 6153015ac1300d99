package org.securebase.app.client;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.journal.CrisisFlags;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.SessionForm;
import org.securebase.app.plan.TherapySession;
import org.securebase.app.plan.TreatmentPlans;

/**
 * Issue 13, defect 4 and "notes as in clinical practice", in a real browser at phone (390 px) and
 * desktop (1280 px) width: the caseload row shows a new crisis flag, the clinician marks it seen
 * and the row then says who and when; the list is searched; a client is discharged and re-opened; a
 * session draft is edited, signed and given an addendum. At 390 px nothing scrolls sideways and the
 * rows reflow into labelled cards.
 */
class CaseloadBrowserIT extends BrowserTesting {

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  private static int sideways(Page page) {
    return ((Number)
            page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
        .intValue();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aFlagIsSeenFromTheCaseloadAndAClientIsFoundDischargedAndReopened(boolean phone) {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    Client flagged = workspace.clientOf(clinician, "synthetic");
    Client quiet = workspace.clientOf(clinician, "synthetic");
    context
        .getBean(CrisisFlags.class)
        .raise(flagged.id(), "PRACTICE", UUID.randomUUID(), "test phrases v1");
    String width = phone ? "phone" : "desktop";

    Page page = browser.newPage(phone);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/clients"));
    Locator flaggedRow =
        page.locator("tr", new Page.LocatorOptions().setHasText(flagged.displayName()));
    assertThat(flaggedRow.locator(".flag-unseen")).hasText("1 flag not yet seen");
    assertThat(sideways(page)).isLessThanOrEqualTo(0);
    if (phone) {
      // The row reflows into a card: the header row is hidden and each cell carries its label.
      Number headHeight =
          (Number)
              page.locator("table.caseload thead")
                  .evaluate("h => h.getBoundingClientRect().height");
      assertThat(headHeight.doubleValue()).isLessThanOrEqualTo(1.0);
      String display =
          (String)
              flaggedRow.locator("td.flags-cell").evaluate("td => getComputedStyle(td).display");
      assertThat(display).isEqualTo("block");
    }
    browser.screenshot(page, "caseload-flag-" + width);

    flaggedRow.locator(".flag-unseen").click();
    page.getByRole(AriaRole.BUTTON, named("Mark as seen")).first().click();
    assertThat(page.getByText("The flag is marked as seen, with your name and the time."))
        .isVisible();
    assertThat(page.locator("#flags .flag-seen"))
        .containsText("Seen by " + clinician.displayName());
    page.navigate(browser.url("/clients"));
    assertThat(flaggedRow.locator(".flag-seen")).containsText("Seen by " + clinician.displayName());

    page.getByLabel("Find a client").fill(quiet.displayName().toLowerCase());
    page.getByRole(AriaRole.BUTTON, named("Search")).click();
    assertThat(page.locator("table.caseload tbody tr")).hasCount(1);
    assertThat(page.locator("table.caseload tbody tr")).containsText(quiet.displayName());

    page.getByRole(AriaRole.BUTTON, named("Discharge " + quiet.displayName())).click();
    assertThat(page.getByText(quiet.displayName() + " was discharged")).isVisible();
    assertThat(
            page.locator(
                "table.caseload a", new Page.LocatorOptions().setHasText(quiet.displayName())))
        .hasCount(0);
    page.getByRole(AriaRole.LINK, named("Show discharged clients")).click();
    assertThat(page.getByRole(AriaRole.HEADING, named("Discharged clients"))).isVisible();
    browser.screenshot(page, "caseload-discharged-" + width);
    page.getByRole(AriaRole.BUTTON, named("Re-open " + quiet.displayName())).click();
    assertThat(page.getByText(quiet.displayName() + " is back on your active caseload."))
        .isVisible();
    page.navigate(browser.url("/clients"));
    assertThat(page.locator("table.caseload")).containsText(quiet.displayName());
    assertThat(sideways(page)).isLessThanOrEqualTo(0);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aSessionDraftIsEditedSignedAndGivenAnAddendum(boolean phone) {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    Client client = workspace.clientOf(clinician, "synthetic");
    TreatmentPlans plans = context.getBean(TreatmentPlans.class);
    SessionForm form = plans.sessionForm(client.id(), clinician);
    form.setHeldOn(LocalDate.now().minusDays(1));
    form.setModality("emotionally focused therapy");
    form.setProgressNote("First draft of the note - synthetic");
    TherapySession saved = plans.recordSession(client.id(), form, clinician);
    String width = phone ? "phone" : "desktop";

    Page page = browser.newPage(phone);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/clients/" + client.id() + "/sessions/" + saved.id()));
    assertThat(page.locator(".note-status.draft")).isVisible();
    page.getByRole(AriaRole.LINK, named("Edit the draft")).click();
    page.getByLabel("Progress note").fill("Second draft of the note - synthetic");
    page.getByRole(AriaRole.BUTTON, named("Save and sign")).click();
    assertThat(page.getByText("Session 1 was saved and signed.")).isVisible();
    assertThat(page.locator(".note-status.signed")).containsText(clinician.displayName());
    assertThat(page.getByText("Second draft of the note - synthetic")).isVisible();
    assertThat(page.getByRole(AriaRole.LINK, named("Edit the draft"))).hasCount(0);

    page.getByRole(AriaRole.BUTTON, named("Add the addendum")).click();
    assertThat(page.locator("#addendum-error")).not().isEmpty();
    page.getByLabel("Add an addendum").fill("Addendum: the client called the next day - synthetic");
    page.getByRole(AriaRole.BUTTON, named("Add the addendum")).click();
    assertThat(page.getByText("The addendum was added under the note.")).isVisible();
    assertThat(page.locator("#addenda .addendum"))
        .containsText("Addendum: the client called the next day - synthetic");
    assertThat(page.locator("#addenda .addendum .small")).containsText(clinician.displayName());
    assertThat(sideways(page)).isLessThanOrEqualTo(0);
    browser.screenshot(page, "session-signed-addendum-" + width);
  }
}
