package org.securebase.app.measure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserSupport;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The done-when path in a real browser: a clinician assigns ECR-RS weekly, the client answers (the
 * two earlier weeks are inserted through the service with past dates), resuming a half-finished
 * form on a phone, and the chart page shows the trend with reliable change marked.
 */
class MeasuresBrowserIT extends BrowserTesting {

  @Autowired OutcomeMonitoring monitoring;
  @Autowired ChangeParameters parameters;

  @Test
  void assignAnswerAndSeeReliableChangeOnTheChart() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    LocalDate today = monitoring.today();
    Integer version =
        parameters.rows(clinician).stream()
            .filter(
                r ->
                    r.instrument().id().equals("ecr-rs")
                        && r.subscale().id().equals("anxiety")
                        && r.target().equals("partner")
                        && r.entered() != null)
            .map(r -> r.entered().version())
            .findFirst()
            .orElse(null);
    parameters.save(
        "ecr-rs",
        "anxiety",
        "partner",
        null,
        null,
        null,
        1.10,
        "Synthetic SD for a test",
        version,
        clinician);

    // The clinician assigns ECR-RS weekly.
    Page desk = browser.newPage(false);
    browser.signIn(desk, clinician.username(), TestWorkspace.PASSWORD);
    desk.navigate(browser.url("/clients/" + client.clientId() + "/measures"));
    desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assign a measure")).click();
    desk.getByLabel("Measure").selectOption("ecr-rs");
    desk.getByLabel("How often").selectOption("WEEKLY");
    desk.getByLabel("Expires after (days unanswered)").fill("5");
    browser.screenshot(desk, "measures-assign");
    desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
    assertThat(desk.getByRole(AriaRole.STATUS)).containsText("was assigned (weekly)");
    desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assign a measure")).click();
    assertThat(desk.locator("option[value=rq]")).isDisabled();
    assertThat(desk.locator("option[value=rq]"))
        .containsText("not available: research-only licence");

    desk.navigate(browser.url("/clients"));
    assertThat(
            desk.locator(
                "table:has(caption:text-is('Measures your clients have not answered yet'))"))
        .containsText("Experiences in Close Relationships - Relationship Structures (ECR-RS)");
    browser.screenshot(desk, "measures-caseload-due");

    // The two earlier weeks, answered by the client, inserted with their past dates.
    monitoring.record(
        client.clientId(),
        "ecr-rs",
        today.minusDays(14),
        MeasuresIT.ecrRs(6, 6),
        client.id(),
        "CLIENT",
        today);
    monitoring.record(
        client.clientId(),
        "ecr-rs",
        today.minusDays(7),
        MeasuresIT.ecrRs(5, 5),
        client.id(),
        "CLIENT",
        today);

    // This week the client answers on a phone, saves half-way, and resumes.
    Page phone = browser.newPage(true);
    browser.signIn(phone, client.username(), TestWorkspace.PASSWORD);
    assertThat(phone.getByText("Questionnaires from your clinician")).isVisible();
    phone
        .getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("How you feel in close relationships (parents, partner, friend)"))
        .click();
    // Issue 13, defect 9: the client reads plain words, not the instrument's name or item labels.
    assertThat(phone.locator("main")).not().containsText("ECR-RS");
    assertThat(phone.locator("main")).not().containsText("Experiences in Close Relationships");
    assertThat(phone.locator("fieldset.item legend").first()).hasText("Question 1 on your sheet");
    assertThat(phone.getByText("If you need help right now")).isVisible();
    // Keyboard: arrow keys move through a radio group.
    phone.locator("#q-mother-1-1").focus();
    phone.keyboard().press("Space");
    phone.keyboard().press("ArrowRight");
    assertThat(phone.locator("#q-mother-1-2")).isChecked();
    Map<String, Integer> answers = MeasuresIT.ecrRs(3, 2);
    answers.entrySet().stream()
        .filter(e -> e.getKey().startsWith("mother."))
        .forEach(e -> check(phone, e.getKey(), e.getValue()));
    browser.screenshot(phone, "measures-answer-phone");
    phone.locator("#q-mother-5-1").scrollIntoViewIfNeeded();
    phone.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserSupport.SCREENSHOTS.resolve("measures-answer-phone-viewport.png")));
    phone
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and finish later"))
        .click();
    assertThat(phone.getByRole(AriaRole.STATUS)).containsText("saved");
    phone
        .getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName(
                    "Continue: How you feel in close relationships (parents, partner, friend)"))
        .click();
    assertThat(phone.locator("#q-mother-9-" + answers.get("mother.9"))).isChecked();
    answers.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("mother."))
        .forEach(e -> check(phone, e.getKey(), e.getValue()));
    phone
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
        .click();
    assertThat(phone.getByRole(AriaRole.STATUS)).containsText("Your answers were sent");
    assertThat(phone.getByText("Nothing to fill in right now.")).isVisible();
    browser.screenshot(phone, "measures-client-home-phone");

    // The clinician sees the trend with reliable change marked.
    desk.navigate(browser.url("/clients/" + client.clientId() + "/measures"));
    assertThat(desk.getByText("Latest scores, relationships side by side")).isVisible();
    browser.screenshot(desk, "measures-overview");
    desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Charts over time")).click();
    desk.waitForFunction("() => window.Chart && Object.keys(Chart.instances).length >= 10");
    var partner = desk.locator("table:has(caption:text-is('Anxiety - Romantic partner'))");
    assertThat(partner.locator("tbody tr")).hasCount(3);
    assertThat(partner.locator("tbody tr").nth(2)).containsText("Reliably improved");
    assertThat(partner.locator("tbody tr").nth(2).locator("span[title*='SD = 1.10']").first())
        .isVisible();
    Object reliablePoints =
        desk.evaluate(
            "() => Object.values(Chart.instances).flatMap(c => c.data.datasets)"
                + ".flatMap(d => d.data).filter(p => p.point && p.point.reliableSincePrevious).length");
    assertThat(((Number) reliablePoints).intValue()).isGreaterThanOrEqualTo(1);
    browser.screenshot(desk, "measures-charts");
    desk.locator("#measure-charts")
        .screenshot(
            new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("measures-chart-grid.png")));
  }

  private static void check(Page page, String key, int value) {
    page.locator("#q-" + key.replace('.', '-') + "-" + value).check();
  }
}
