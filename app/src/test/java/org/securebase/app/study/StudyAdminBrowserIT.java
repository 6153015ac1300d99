package org.securebase.app.study;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.securebase.app.BrowserSupport;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.account.Role;
import org.securebase.app.account.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** An administrator creates a study shell and assigns a researcher, who then finds it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyAdminBrowserIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  BrowserSupport browser;
  TestWorkspace workspace;

  @BeforeAll
  void openBrowser() {
    browser = BrowserSupport.open(port);
    workspace = new TestWorkspace(context);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

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
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the study"))
        .click();
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Study " + code + " was created");
    page.getByLabel("Researcher username for " + code).fill(researcher.username());
    page.getByLabel("Researcher username for " + code)
        .locator("xpath=..")
        .getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Assign"))
        .click();
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("was assigned");
    browser.screenshot(page, "study-admin");

    Page researcherPage = browser.newPage(false);
    browser.signIn(researcherPage, researcher.username(), TestWorkspace.PASSWORD);
    researcherPage.navigate(browser.url("/studies"));
    assertThat(researcherPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)))
        .isVisible();
  }
}
