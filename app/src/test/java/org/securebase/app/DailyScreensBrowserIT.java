package org.securebase.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/**
 * The daily screens as a newcomer meets them (issue 13), at phone (390 px) and laptop (1280 px)
 * width: crisis help in the header, touch targets and a visible focus ring.
 */
class DailyScreensBrowserIT extends BrowserTesting {

  @org.springframework.beans.factory.annotation.Autowired
  org.securebase.app.journal.ActivationLog activations;

  private Page clientPage(boolean phone) {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    Page page = browser.newPage(phone);
    browser.signIn(page, client.username(), TestWorkspace.PASSWORD);
    return page;
  }

  /** Defect 11: "Get help now" is in the header of every client page, before the content. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everyClientPageOffersHelpBeforeItsContent(boolean phone) {
    Page page = clientPage(phone);
    for (String path :
        List.of("/me", "/me/journal", "/me/activations", "/me/support", "/me/recovery")) {
      page.navigate(browser.url(path));
      Locator help = page.locator("header .help-now");
      assertThat(help).isVisible();
      BoundingBox box = help.boundingBox();
      assertThat(box.y + box.height).as(path).isLessThan(phone ? 844 : 860);
      Boolean beforeMain =
          (Boolean)
              page.evaluate(
                  "() => !!(document.querySelector('header .help-now').compareDocumentPosition("
                      + "document.querySelector('main')) & Node.DOCUMENT_POSITION_FOLLOWING)");
      assertThat(beforeMain).as(path).isTrue();
    }
    page.locator("header .help-now").click();
    Locator numbers = page.locator("#get-help a[href='tel:988']");
    assertThat(numbers).isInViewport();
    browser.screenshot(page, "get-help-" + (phone ? "phone" : "desktop"));
  }

  /** Defect 8: the crisis numbers and the "When" field are 44 px touch targets. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void crisisNumbersAndTheWhenFieldAreTouchTargets(boolean phone) {
    Page page = clientPage(phone);
    page.navigate(browser.url("/me/activations"));
    for (Locator target :
        List.of(
            page.locator(".crisis a[href='tel:988']").first(),
            page.locator(".crisis a[href='tel:911']").first(),
            page.getByLabel("When").first(),
            page.locator("header .help-now"))) {
      BoundingBox box = target.boundingBox();
      assertThat(box.height).isGreaterThanOrEqualTo(44);
      assertThat(box.width).isGreaterThanOrEqualTo(44);
    }
  }

  /**
   * Defects 5 and 9: the client reads their trend in plain words; the clinician reads it about the
   * client, with the method named.
   */
  @org.junit.jupiter.api.Test
  void theTrendSpeaksToEachReaderInTheirOwnWords() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    java.time.LocalDateTime start = java.time.LocalDateTime.now().minusDays(7L * 12);
    for (int week = 0; week < 10; week++) {
      var form = new org.securebase.app.journal.ActivationForm();
      form.setOccurredAt(start.plusDays(7L * week));
      form.setTrigger(org.securebase.app.journal.TriggerType.CONFLICT);
      form.setPull(org.securebase.app.journal.Pull.ANXIOUS_PROTEST);
      form.setNoticedAndNamed(true);
      form.setMinutesUntilSettled(100 - 8 * week);
      activations.record(form, client);
    }
    Page mine = browser.newPage(true);
    browser.signIn(mine, client.username(), TestWorkspace.PASSWORD);
    mine.navigate(browser.url("/me/recovery"));
    assertThat(mine.getByText("You are getting faster to settle.")).isVisible();
    assertThat(mine.content()).doesNotContain("Theil-Sen").doesNotContain("Kendall");

    Page theirs = browser.newPage(false);
    browser.signIn(theirs, clinician.username(), TestWorkspace.PASSWORD);
    theirs.navigate(browser.url("/clients/" + client.clientId() + "/logs"));
    assertThat(theirs.getByText("The client is settling faster after activations.")).isVisible();
    assertThat(theirs.getByText("Theil-Sen slope", new Page.GetByTextOptions().setExact(false)))
        .isVisible();
    assertThat(theirs.locator("main").innerText()).doesNotContain("You are");
    browser.screenshot(theirs, "clinician-logs-desktop");
  }

  /**
   * Defect 3: a client sees "5 of 36 answered" while answering, is warned before sending an
   * incomplete form (the answers are kept), and every score the clinician sees carries its date.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void answeringShowsProgressAndWarnsBeforeSendingGaps(boolean phone) {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    var monitoring = context.getBean(org.securebase.app.measure.OutcomeMonitoring.class);
    java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
    var form = new org.securebase.app.measure.AssignmentForm();
    form.setInstrumentId("ecr-rs");
    form.setSchedule(org.securebase.app.measure.Schedule.ONCE);
    form.setStartDate(today);
    form.setExpiryDays(7);
    monitoring.assign(client.clientId(), form, clinician, today);

    Page page = browser.newPage(phone);
    browser.signIn(page, client.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/me"));
    // Defect 10: the questionnaire is the first thing under "What is due".
    Boolean questionnaireFirst =
        (Boolean)
            page.evaluate(
                "() => { const due = [...document.querySelectorAll('h2')].find(h =>"
                    + " h.textContent.trim() === 'What is due');"
                    + " const next = due.nextElementSibling;"
                    + " return !!next && next.querySelector('.due-list a') !== null; }");
    assertThat(questionnaireFirst).isTrue();
    page.locator(".due-list a").first().click();
    assertThat(page.locator("#answer-progress-text")).hasText("0 of 36 answered");
    Locator radios = page.locator("fieldset.item");
    for (int i = 0; i < 5; i++) {
      radios.nth(i).locator("input[type=radio][value='4']").check();
    }
    assertThat(page.locator("#answer-progress-text")).hasText("5 of 36 answered");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Send my answers"))
        .click();
    assertThat(page.locator("#incomplete-warning")).containsText("You have answered 5 of 36");
    assertThat(page.locator("#answer-progress-text")).hasText("5 of 36 answered");
    browser.screenshot(page, "answer-incomplete-" + (phone ? "phone" : "desktop"));
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Send what I have answered"))
        .click();
    assertThat(page.getByText("Thank you. Your answers were sent to your clinician.")).isVisible();

    Page theirs = browser.newPage(false);
    browser.signIn(theirs, clinician.username(), TestWorkspace.PASSWORD);
    theirs.navigate(browser.url("/clients/" + client.clientId() + "/measures"));
    String dated =
        "on "
            + today.format(
                java.time.format.DateTimeFormatter.ofPattern(
                    "d MMM yyyy", java.util.Locale.ENGLISH));
    assertThat(theirs.locator("table.side-by-side .score-date").first()).hasText(dated);
  }

  /**
   * PHQ-9 item 9 above 0 raises the same crisis flag a journal entry does; the clinician sees it on
   * the client's logs page, and the answer page shows crisis help.
   */
  @org.junit.jupiter.api.Test
  void aPhq9ItemNineAnswerFlagsTheClientForTheClinician() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    var monitoring = context.getBean(org.securebase.app.measure.OutcomeMonitoring.class);
    java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
    var form = new org.securebase.app.measure.AssignmentForm();
    form.setInstrumentId("phq-9");
    form.setSchedule(org.securebase.app.measure.Schedule.ONCE);
    form.setStartDate(today);
    form.setExpiryDays(7);
    monitoring.assign(client.clientId(), form, clinician, today);

    Page page = browser.newPage(true);
    browser.signIn(page, client.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/me"));
    page.locator(".due-list a").first().click();
    assertThat(page.getByText("Thoughts that you would be better off dead")).isVisible();
    assertThat(page.locator(".crisis a[href='tel:988']").first()).isVisible();
    Locator items = page.locator("fieldset.item");
    assertThat(items).hasCount(9);
    for (int i = 0; i < 9; i++) {
      items.nth(i).locator("input[type=radio][value='" + (i == 8 ? 1 : 0) + "']").check();
    }
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Send my answers"))
        .click();
    assertThat(page.getByText("Thank you. Your answers were sent to your clinician.")).isVisible();

    Page theirs = browser.newPage(false);
    browser.signIn(theirs, clinician.username(), TestWorkspace.PASSWORD);
    theirs.navigate(browser.url("/clients/" + client.clientId() + "/logs"));
    assertThat(theirs.locator(".flag-notices")).containsText("an entry in the questionnaire");
  }

  /** Defect 8: the keyboard focus ring stands out 3:1 against the page (WCAG 1.4.11). */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theFocusRingContrastsThreeToOneWithThePage(boolean phone) {
    Page page = clientPage(phone);
    page.navigate(browser.url("/me"));
    page.keyboard().press("Tab");
    page.keyboard().press("Tab");
    String outline =
        (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineColor");
    String background =
        (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
    String style =
        (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");

    assertThat(style).isEqualTo("solid");
    assertThat(Contrast.ratio(outline, background)).isGreaterThanOrEqualTo(3.0);
  }
}
