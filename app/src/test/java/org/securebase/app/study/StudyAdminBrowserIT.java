package org.securebase.app.study;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/** An administrator creates a study shell naming its lead researcher, who then finds it. */
class StudyAdminBrowserIT extends BrowserTesting {

  @Test
  void anAdministratorCreatesAStudyAndAssignsAResearcher() {
    SignedInUser admin = workspace.person(Role.ADMIN);
    SignedInUser researcher = workspace.person(Role.RESEARCHER);
    String code = TestWorkspace.unique("ADM");

    Page page = browser.newPage(false);
    browser.signIn(page, admin.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/admin/studies"));
    page.getByLabel("Code").fill("bad code!");
    page.getByLabel("Title").fill("A study");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the study"))
        .click();
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("not created");
    assertThat(page.locator("#code-error")).containsText("letters, digits");
    assertThat(page.getByLabel("Title")).hasValue("A study");

    page.getByLabel("Code").fill(code);
    page.getByLabel("Title").fill("Admin-made study");
    page.getByLabel("Lead researcher").fill(researcher.username());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the study"))
        .click();
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Study " + code + " was created");
    // The lead named at creation sees the study at once; others wait for the lead to accept.
    browser.screenshot(page, "study-admin");

    Page researcherPage = browser.newPage(false);
    browser.signIn(researcherPage, researcher.username(), TestWorkspace.PASSWORD);
    researcherPage.navigate(browser.url("/studies"));
    assertThat(researcherPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)))
        .isVisible();
  }
}
