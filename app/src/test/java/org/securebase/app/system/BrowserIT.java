package org.securebase.app.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/** The foundation as a person meets it, in a real browser. */
class BrowserIT extends BrowserTesting {

  @Test
  void aClinicianSignsInAndSeesOnlyTheirCaseload() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser other = workspace.person(Role.CLINICIAN);
    Client mine = workspace.clientOf(clinician, "synthetic");
    Client theirs = workspace.clientOf(other, "synthetic");

    Page page = browser.newPage(false);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);

    assertThat(page).hasURL(browser.url("/clients"));
    assertThat(
            page.getByRole(
                com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Caseload")))
        .isVisible();
    assertThat(page.getByText(mine.displayName())).isVisible();
    assertThat(page.getByText(theirs.displayName())).hasCount(0);
    browser.screenshot(page, "clinician-caseload");

    page.getByText(mine.displayName()).click();
    assertThat(page.getByText("synthetic")).isVisible();
    browser.screenshot(page, "clinician-client");
  }

  @Test
  void aClientCannotReachAnotherClientsPage() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    Client someoneElse = workspace.clientOf(clinician, "someone else's synthetic note");

    Page page = browser.newPage(true);
    browser.signIn(page, client.username(), TestWorkspace.PASSWORD);
    assertThat(page).hasURL(browser.url("/me"));
    assertThat(page.getByText("If you need help right now")).isVisible();
    browser.screenshot(page, "client-home-phone");

    Response response = page.navigate(browser.url("/clients/" + someoneElse.id()));
    assertThat(response.status()).isEqualTo(403);
    assertThat(page.getByText("someone else's synthetic note")).hasCount(0);

    Response api = page.navigate(browser.url("/api/clients/" + someoneElse.id()));
    assertThat(api.status()).isEqualTo(403);
    assertThat(api.text()).doesNotContain("someone else");
  }

  @Test
  void aWrongPasswordSaysSoPlainly() {
    SignedInUser coder = workspace.person(Role.CODER);
    Page page = browser.newPage(false);
    browser.signIn(page, coder.username(), "not-the-password");
    assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
        .containsText("the username, password or code is not right");
    browser.screenshot(page, "sign-in-failed");
  }
}
