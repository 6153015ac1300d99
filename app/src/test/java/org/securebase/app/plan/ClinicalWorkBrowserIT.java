package org.securebase.app.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.journal.ActivationForm;
import org.securebase.app.journal.ActivationLog;
import org.securebase.app.journal.Pull;
import org.securebase.app.journal.TriggerType;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The clinical work as clinicians and clients meet it, in a real browser. */
class ClinicalWorkBrowserIT extends BrowserTesting {

  @Autowired ActivationLog activations;

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void aClinicianBuildsAPlanFromATemplateAndRecordsThreeSessions() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    Client client = workspace.clientOf(clinician, "synthetic");
    Page page = browser.newPage(false);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/clients/" + client.id()));
    page.getByText("Treatment plan and sessions").click();
    page.getByRole(AriaRole.LINK, named("Start a plan from the templates")).click();

    page.getByLabel("Formulation").fill("Withdraws when partners come close - synthetic");
    page.getByLabel("Isolation").check();
    page.getByLabel("Include: Tolerance of safe closeness").check();
    // template row index 3 (tolerance of safe closeness): K = 3, due by session 6
    page.locator("#obj3-target").fill("3");
    page.locator("#obj3-session").fill("6");
    browser.screenshot(page, "plan-form");
    page.getByRole(AriaRole.BUTTON, named("Save as a new version")).click();
    assertThat(page.getByText("Plan saved as version 1.")).isVisible();
    assertThat(page.getByText("How status is worked out.")).isVisible();

    for (int i = 1; i <= 3; i++) {
      page.getByRole(AriaRole.LINK, named("Record a session")).click();
      page.getByLabel("Date").fill(LocalDate.now().minusDays(28 - 7L * i).toString());
      page.getByLabel("Modality").fill("emotionally focused therapy");
      page.getByLabel("Framework used").fill("an attachment-informed formulation");
      page.getByLabel("Problem addressed").fill("freezing when a partner reaches out");
      page.locator("#progress0").fill("1");
      page.getByRole(AriaRole.BUTTON, named("Build the progress-note draft")).click();
      assertThat(page.getByLabel("Progress note"))
          .hasValue(
              java.util.regex.Pattern.compile(
                  "Session "
                      + i
                      + " .* used an attachment-informed formulation, within emotionally focused"
                      + " therapy, to address freezing.*"));
      if (i == 3) {
        browser.screenshot(page, "session-draft");
      }
      page.getByLabel("Progress note").press("End");
      page.getByLabel("Progress note").pressSequentially(" Edited by the clinician.");
      page.getByRole(AriaRole.BUTTON, named("Save as draft")).click();
      assertThat(page.getByText("Session " + i + " was saved as a draft.")).isVisible();
      page.getByRole(AriaRole.LINK, named("Treatment plan")).click();
    }
    assertThat(page.locator(".status").first()).hasText("met");
    assertThat(page.getByText("session 1: 1; session 2: 1; session 3: 1")).isVisible();
    browser.screenshot(page, "plan-after-three-sessions");

    page.getByRole(AriaRole.LINK, named("Session 3")).click();
    assertThat(page.getByText("Edited by the clinician.")).isVisible();
  }

  @Test
  void aClientLogsActivationsOverMonthsAndSeesTheTrend() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    Page page = browser.newPage(true);
    browser.signIn(page, client.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/me/activations"));
    assertThat(page.getByText("Too few episodes to tell yet: 0 of 6.")).isVisible();
    assertThat(page.getByText("If you need help right now")).isVisible();

    // One entry through the phone form...
    page.getByLabel("Conflict").check();
    page.getByLabel("Pulling away, shutting down (withdrawal)").check();
    page.getByLabel("Yes").check();
    page.getByLabel("Minutes until you felt settled").fill("90");
    browser.screenshot(page, "activation-form-phone");
    page.getByRole(AriaRole.BUTTON, named("Save")).click();
    assertThat(page.getByText("Saved to your activation log.")).isVisible();
    assertThat(page.getByText("Too few episodes to tell yet: 1 of 6.")).isVisible();

    // ...and months of past entries through the service, settling faster over time.
    LocalDateTime start = LocalDateTime.now().minusDays(7L * 20);
    for (int week = 0; week < 16; week++) {
      ActivationForm form = new ActivationForm();
      form.setOccurredAt(start.plusDays(7L * week));
      form.setTrigger(TriggerType.SEPARATION);
      form.setPull(Pull.AVOIDANT_WITHDRAWAL);
      form.setNoticedAndNamed(week > 4);
      form.setMinutesUntilSettled(120 - 6 * week + (week % 3) * 5);
      activations.record(form, client);
    }
    page.navigate(browser.url("/me/recovery"));
    assertThat(page.getByText("You are getting faster to settle.")).isVisible();
    // The client reads the method in plain words (issue 13, defect 9).
    assertThat(page.getByText("How this is worked out")).isVisible();
    assertThat(page.content()).doesNotContain("Theil-Sen");
    assertThat(page.locator("#recovery-chart")).hasAttribute("data-rendered", "17");
    assertThat(page.locator("table tbody tr")).hasCount(17);
    assertThat(page.content()).doesNotContainIgnoringCase("earned-secure");
    page.getByLabel("When", new Page.GetByLabelOptions().setExact(true))
        .fill(LocalDate.now().minusDays(60).toString());
    page.getByLabel("What kind of hard time").selectOption("HEALTH");
    page.getByRole(AriaRole.BUTTON, named("Mark it on the timeline")).click();
    assertThat(page.getByText("Marked on your timeline.")).isVisible();
    assertThat(page.locator("li", new Page.LocatorOptions().setHasText("A health crisis")))
        .isVisible();
    assertThat(page.locator("#recovery-chart")).hasAttribute("data-rendered", "17");
    browser.screenshot(page, "recovery-phone");

    page.navigate(browser.url("/me"));
    assertThat(page.getByText("You are getting faster to settle.")).isVisible();
    page.getByLabel("Close friends").check();
    page.getByRole(AriaRole.BUTTON, named("Save pathways")).click();
    assertThat(page.getByLabel("Close friends")).isChecked();
    browser.screenshot(page, "client-home-phone");
  }

  @Test
  void aJournalEntryWithCrisisLanguageShowsHelpAndFlagsIt() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    Page page = browser.newPage(true);
    browser.signIn(page, client.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/me/journal"));
    page.getByRole(AriaRole.LINK, named("When worry rises")).click();
    assertThat(page.getByText("If you need help right now")).isVisible();
    page.getByLabel("Your entry").fill("Tonight I keep thinking about ending it all - synthetic");
    page.getByRole(AriaRole.BUTTON, named("Save entry")).click();
    assertThat(page.getByRole(AriaRole.ALERT))
        .containsText("What you wrote sounds very painful. Please reach out for help now.");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("988");
    assertThat(page.getByText("Only you can read this entry.")).isVisible();
    assertThat(page.content()).doesNotContainIgnoringCase("you are safe");
    browser.screenshot(page, "journal-crisis-phone");

    Page clinicianPage = browser.newPage(false);
    browser.signIn(clinicianPage, clinician.username(), TestWorkspace.PASSWORD);
    clinicianPage.navigate(browser.url("/clients/" + client.clientId()));
    assertThat(clinicianPage.getByText("Entries flagged for crisis language")).isVisible();
    assertThat(clinicianPage.getByText("an entry in the journal")).isVisible();
    assertThat(clinicianPage.getByText("ending it all")).hasCount(0);
    browser.screenshot(clinicianPage, "clinician-flag-notice");
    clinicianPage.getByText("The client's own logs").click();
    assertThat(clinicianPage.getByText("an entry in the journal")).isVisible();
    assertThat(clinicianPage.getByText("The client has not shared any entries.")).isVisible();
    assertThat(clinicianPage.getByText("ending it all")).hasCount(0);
    browser.screenshot(clinicianPage, "clinician-client-logs");
  }

  @Test
  void libraryArticlesRenderWithTheirSources() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    Page page = browser.newPage(true);
    browser.signIn(page, client.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/library"));
    page.getByRole(AriaRole.LINK, named("Myths about attachment and change")).click();
    assertThat(page.getByRole(AriaRole.HEADING, named("Sources"))).isVisible();
    assertThat(page.locator("#source-9")).containsText("Roisman, Holland");
    assertThat(page.locator("#source-9")).containsText("Tier 1");
    assertThat(page.locator("sup.cite").first()).isVisible();
    browser.screenshot(page, "library-article-phone");
    int cites = page.locator("sup.cite").count();
    int sentences = page.locator(".article p span").count();
    assertThat(cites).isEqualTo(sentences);
  }
}
