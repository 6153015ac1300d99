package org.securebase.app.study;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.coding.StoredCoding;
import org.securebase.app.coding.WorkbenchFixture;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.EarnedSecurityRule;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: a researcher takes a consensus coding from the workbench into a participant's
 * wave and finds it in the AAI table and the report with coder and rule; the client's clinician
 * reads the agreed classification of the client's interview, and another clinician cannot.
 */
class WorkbenchCodingsBrowserIT extends BrowserTesting {

  @Autowired Studies studies;
  @Autowired StudyImport imports;

  @Test
  void aResearcherTakesTheConsensusIntoAWave() {
    SignedInUser researcher = workspace.person(Role.RESEARCHER);
    SignedInUser coderA = workspace.person(Role.CODER);
    SignedInUser coderB = workspace.person(Role.CODER);
    Study study = studies.create(TestWorkspace.unique("BW"), "Joined", researcher.username(), "t");
    String code = TestWorkspace.unique("BP");
    imports.run(
        study.id(),
        ImportKind.WAVES,
        "wave,label,target_age_months\nadulthood,Adulthood,312\n",
        false,
        researcher);
    imports.run(
        study.id(), ImportKind.PARTICIPANTS, "participant_id\n" + code + "\n", false, researcher);
    WorkbenchFixture f = new WorkbenchFixture(context);
    InterviewTranscript t = f.transcript(code, coderA, coderB);
    f.code(coderA, t.id(), "F3", true, "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "6");
    f.code(coderB, t.id(), "Ds1", true, "COHERENCE_OF_MIND", "3", "LOVING:MOTHER", "3");
    StoredCoding consensus =
        f.consensus(coderA, t.id(), "F3", "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "5");

    Page page = browser.newPage(true);
    browser.signIn(page, researcher.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/studies/" + study.id()));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AAI codings")).click();
    page.getByLabel("Participant id").fill(code);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("List codings")).click();
    assertThat(page.locator("#attach-form input[type=radio]")).hasCount(3);
    page.getByLabel("consensus", new Page.GetByLabelOptions().setExact(false)).check();
    page.getByLabel("Into wave").selectOption("adulthood");
    browser.screenshot(page, "study-aai-attach");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take this coding"))
        .click();

    assertThat(page.getByRole(AriaRole.STATUS)).containsText("F3");
    assertThat(page.locator("#aai-table tbody tr")).hasCount(1);
    assertThat(page.locator("#aai-table .aai-source")).containsText("Coding workbench");
    assertThat(page.locator("#aai-table .aai-source")).containsText("consensus");
    assertThat(page.locator("#aai-table .aai-coder")).hasText(coderA.displayName());
    assertThat(page.locator("#aai-table .aai-rule")).containsText(EarnedSecurityRule.DEFAULT.id());
    Object overflow =
        page.evaluate(
            "document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertThat(overflow).as("no sideways scroll at 390 px").isEqualTo(false);
    browser.screenshot(page, "study-aai-table");

    page.navigate(browser.url("/studies/" + study.id() + "/report"));
    assertThat(page.locator("#workbench-codings")).containsText(code);
    assertThat(page.locator("#workbench-codings")).containsText(consensus.earned().ruleId());
  }

  @Test
  void theClinicianSeesTheAgreedClassificationAndAnotherClinicianDoesNot() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser other = workspace.person(Role.CLINICIAN);
    SignedInUser coderA = workspace.person(Role.CODER);
    SignedInUser coderB = workspace.person(Role.CODER);
    var client = workspace.clientOf(clinician, "Synthetic note.");
    WorkbenchFixture f = new WorkbenchFixture(context);
    InterviewTranscript t = f.clientTranscript(clinician, client.id(), coderA, coderB);
    f.code(coderA, t.id(), "F3", true, "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "6");
    f.code(coderB, t.id(), "Ds1", false, "COHERENCE_OF_MIND", "3");

    Page page = browser.newPage(false);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/transcripts/" + t.id()));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agreed classification"))
        .click();
    assertThat(page.locator(".agreed-final")).hasCount(1);
    assertThat(page.locator(".agreed-classification")).hasText("F3");
    assertThat(page.locator(".agreed-rule")).containsText(EarnedSecurityRule.DEFAULT.id());
    assertThat(page.getByText("Ds1")).hasCount(0);
    browser.screenshot(page, "client-agreed-final");

    f.code(coderB, t.id(), "Ds1", true, "COHERENCE_OF_MIND", "3");
    f.consensus(coderB, t.id(), "F1", "COHERENCE_OF_MIND", "5", "LOVING:MOTHER", "4");
    page.reload();
    assertThat(page.locator(".agreed-consensus")).hasCount(1);
    assertThat(page.locator(".agreed-final")).hasCount(0);
    assertThat(page.locator(".agreed-classification")).hasText("F1");
    browser.screenshot(page, "client-agreed-consensus");

    Page theirs = browser.newPage(false);
    browser.signIn(theirs, other.username(), TestWorkspace.PASSWORD);
    var response = theirs.navigate(browser.url("/transcripts/" + t.id() + "/classification"));
    assertThat(response.status()).isEqualTo(404);
    assertThat(theirs.getByText("F1")).hasCount(0);
  }
}
