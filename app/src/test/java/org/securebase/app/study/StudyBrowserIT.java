package org.securebase.app.study;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.demo.DemoStudy;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

/** A researcher's main path through a study, in a real browser. */
class StudyBrowserIT extends BrowserTesting {

  @Autowired Studies studies;

  void upload(Page page, String kind, String file, boolean cleanRowsOnly) {
    page.getByLabel("What the file holds").selectOption(kind);
    page.getByLabel("CSV file")
        .setInputFiles(
            new FilePayload(
                file, "text/csv", DemoStudy.sample(file).getBytes(StandardCharsets.UTF_8)));
    if (cleanRowsOnly) {
      page.getByLabel("Import only the clean rows and list the rest").check();
    }
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and import"))
        .click();
  }

  @Test
  void aResearcherImportsSeesProblemsViewsTheReportAndDownloadsTheExport() throws Exception {
    SignedInUser researcher = workspace.person(Role.RESEARCHER);
    Study study =
        studies.create(TestWorkspace.unique("B"), "Browser study", researcher.username(), "test");

    Page page = browser.newPage(false);
    browser.signIn(page, researcher.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/studies"));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(study.code())).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .containsText("Browser study");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a file")).click();
    for (String name : List.of("dictionary", "waves", "participants")) {
      upload(page, name, name + ".csv", false);
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Imported");
    }

    upload(page, "infant", "infant-with-problems.csv", false);
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was imported: 5 problems");
    assertThat(page.locator("#problems tbody tr")).hasCount(5);
    assertThat(page.locator("#problems")).containsText("unknown id");
    assertThat(page.locator("#problems")).containsText("duplicate row");
    browser.screenshot(page, "study-import-problems");

    for (String name : List.of("infant", "aai", "questionnaires", "values")) {
      upload(page, name, name + ".csv", false);
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Imported");
    }
    upload(page, "values", "values.csv", false);
    assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("0 added, 0 changed");
    browser.screenshot(page, "study-import-clean");

    page.navigate(browser.url("/studies/" + study.id()));
    assertThat(page.locator(".pseudonyms li")).hasCount(12);
    assertThat(page.getByText("P001")).hasCount(0);
    browser.screenshot(page, "study-overview");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Earned-security report"))
        .click();
    assertThat(page.locator("#earned")).hasText("4");
    assertThat(page.locator("#continuous")).hasText("3");
    assertThat(page.locator("#prospective")).hasText("4");
    assertThat(page.locator("#overlap")).containsText("Retrospective earned: yes");
    // The rules read in words; their ids and parameters wait under "How this was computed".
    page.locator("#how-computed summary").click();
    assertThat(page.locator("#how-computed dl.rules")).containsText("LOVING_CUT = 3");
    browser.screenshot(page, "study-report");

    page.navigate(browser.url("/studies/" + study.id() + "/export"));
    browser.screenshot(page, "study-export");
    Download download =
        page.waitForDownload(
            () ->
                page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download the export"))
                    .click());
    assertThat(download.suggestedFilename())
        .isEqualTo("study-" + study.code() + "-deidentified.zip");
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("AB1 3CD", "P001");
      }
    }
    assertThat(names).contains("values.csv", "dictionary.csv", "read_study.R");
  }

  @Test
  void theImportPageWorksOnAPhone() {
    SignedInUser researcher = workspace.person(Role.RESEARCHER);
    Study study =
        studies.create(TestWorkspace.unique("B"), "Phone study", researcher.username(), "test");
    Page page = browser.newPage(true);
    browser.signIn(page, researcher.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/studies/" + study.id() + "/import"));
    assertThat(page.getByLabel("CSV file")).isVisible();
    browser.screenshot(page, "study-import-phone");
  }
}
