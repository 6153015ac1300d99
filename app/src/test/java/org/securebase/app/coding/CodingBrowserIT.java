package org.securebase.app.coding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/** Two coders code the same transcript blind in a real browser; then the comparison and report. */
class CodingBrowserIT extends BrowserTesting {

  private static void code(
      Page page, String organized, String subclass, String coherence, String loving) {
    page.getByLabel("Organized classification").selectOption(organized);
    page.getByLabel("Subclass").fill(subclass);
    page.getByLabel("Coherence of mind", new Page.GetByLabelOptions().setExact(true))
        .selectOption(coherence);
    page.getByLabel("Loving (mother)", new Page.GetByLabelOptions().setExact(true))
        .selectOption(loving);
    page.getByLabel("Loving (father)", new Page.GetByLabelOptions().setExact(true))
        .selectOption("not scorable");
  }

  private static String demoTranscript() {
    try (var in = CodingBrowserIT.class.getResourceAsStream("/interview/demo-s1-002.txt")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void twoCodersCodeBlindAndTheComparisonAndReportShowTheirAgreement() {
    SignedInUser first = workspace.person(Role.CODER);
    SignedInUser second = workspace.person(Role.CODER);
    String code = TestWorkspace.unique("S9");

    // The first coder imports the transcript by pasting it and assigns the second coder.
    Page a = browser.newPage(false);
    browser.signIn(a, first.username(), TestWorkspace.PASSWORD);
    a.navigate(browser.url("/transcripts/new"));
    a.getByLabel("Study participant code").fill(code);
    a.getByLabel("Or paste the transcript")
        .fill("I: Tell me about your family.\nMother: We were fine.");
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
    assertThat(a.locator("#content-error")).containsText("line 2");
    assertThat(a.getByText("nothing was stored")).isVisible();
    browser.screenshot(a, "workbench-import-error");
    a.getByLabel("Or paste the transcript").fill(demoTranscript());
    a.getByLabel("Coders").fill(second.username());
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
    assertThat(a.getByText("Transcript imported")).isVisible();
    String transcriptUrl = a.url();
    String transcriptId = transcriptUrl.substring(transcriptUrl.lastIndexOf('/') + 1);
    assertThat(a.getByText("A coder's aid, not a classification.")).isVisible();
    assertThat(a.locator("#turn-1")).isVisible();
    assertThat(a.locator("mark.sb-ind-lack_of_recall").first()).isVisible();
    a.getByLabel(java.util.regex.Pattern.compile("^lack of recall")).check();
    browser.screenshot(a, "workbench-transcript");

    // First coder: draft, then final, with a warning shown beside the form.
    a.navigate(browser.url("/codings/" + transcriptId));
    code(a, "F", "F1", "4", "2");
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
    assertThat(a.getByText("Draft saved.")).isVisible();
    assertThat(a.locator(".coding-side .warning")).not().hasCount(0);
    assertThat(a.getByLabel("Coherence of mind", new Page.GetByLabelOptions().setExact(true)))
        .hasValue("4");
    browser.screenshot(a, "workbench-coding-draft");
    a.getByLabel("Coherence of mind", new Page.GetByLabelOptions().setExact(true))
        .selectOption("6");
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finalize")).click();
    assertThat(a.getByText("Coding finalized")).isVisible();
    assertThat(
            a.getByText(
                    "Earned-secure (by this coder's AAI coding)",
                    new Page.GetByTextOptions().setExact(true))
                .first())
        .isVisible();
    // Beside the scale, evidence links jump to the words in the transcript.
    var evidence = a.locator("td.evidence a").first();
    assertThat(evidence).isVisible();
    evidence.click();
    assertThat(a).hasURL(java.util.regex.Pattern.compile("/transcripts/.*#turn-\\d+$"));

    // Second coder: cannot see the first coding before their own is final.
    Page b = browser.newPage(false);
    browser.signIn(b, second.username(), TestWorkspace.PASSWORD);
    b.navigate(browser.url("/transcripts"));
    b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Code " + code)).click();
    b.navigate(browser.url("/codings/" + transcriptId + "/comparison"));
    assertThat(b.getByText("The comparison opens when")).isVisible();
    // The classification (F1, F1a ...), matched case-sensitively as a word: the transcript's random
    // lower-case code may contain "f1", which a plain text search found, and is not a leak.
    assertThat(b.getByText(java.util.regex.Pattern.compile("\\bF1[a-e]?\\b"))).hasCount(0);
    var blocked = b.navigate(browser.url("/api/codings/" + transcriptId + "/coders/" + first.id()));
    assertThat(blocked.status()).isEqualTo(404);
    b.navigate(browser.url("/codings/" + transcriptId));
    code(b, "F", "F2", "6.5", "2.5");
    b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finalize")).click();
    assertThat(b.getByText("Coding finalized")).isVisible();

    // Both final: the comparison shows the two codings side by side, differences marked.
    b.navigate(browser.url("/codings/" + transcriptId + "/comparison"));
    assertThat(b.locator("table.comparison")).isVisible();
    assertThat(b.locator("tr.differs").first()).isVisible();
    assertThat(
            b.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Classification")))
        .isVisible();
    browser.screenshot(b, "workbench-comparison");

    // A third view: the reliability report shows their agreement with the benchmarks beside it.
    a.navigate(browser.url("/reliability"));
    assertThat(
            a.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions()
                    .setName(first.username() + " and " + second.username())))
        .isVisible();
    assertThat(a.locator("td.figure").first()).hasText(java.util.regex.Pattern.compile("100%"));
    assertThat(a.getByText("test-retest 78%, κ .63; training 80%").first()).isVisible();
    browser.screenshot(a, "workbench-reliability");

    a.navigate(browser.url("/codings/earned"));
    assertThat(a.getByText("retro-loving-le3-neg5").first()).isVisible();
    browser.screenshot(a, "workbench-earned");
  }
}
