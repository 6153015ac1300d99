package org.securebase.app.wiki;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securebase.app.BrowserTesting;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The wiki as clinicians, editors and clients meet it, in a real browser at 1280 and 390 px. */
@ExtendWith(OutputCaptureExtension.class)
class WikiBrowserIT extends BrowserTesting {

  @Autowired Wiki wiki;
  @Autowired WikiSuggestions suggestions;
  @Autowired JdbcClient jdbc;

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void aClinicianSuggestsAnEditorAcceptsWithAnEditTheSuggesterApprovesAClientReads() {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser editor = workspace.person(Role.CLINICIAN);
    wiki.grantEditor(editor.id(), "test");
    SignedInUser client = workspace.clientPerson(workspace.person(Role.CLINICIAN));
    var target = wiki.lines("myths").stream().filter(l -> !l.heading()).toList().get(1);

    Page page = browser.newPage(false);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/library/myths"));
    page.getByLabel("Sentence", new Page.GetByLabelOptions().setExact(true))
        .selectOption(target.sentenceId());
    page.getByLabel("Your wording")
        .fill(
            "In one large study, interview security and self-reported style were barely related.");
    page.locator("input[name=sources][value='9']").check();
    page.getByLabel("Why this change (required)").fill("Shorter, same finding.");
    page.getByLabel("By initials").check();
    browser.screenshot(page, "wiki-article-1280");
    page.getByRole(AriaRole.BUTTON, named("Send the suggestion")).click();
    assertThat(page.getByText("Your suggestion waits for an editor.")).isVisible();
    var id = suggestions.mine(clinician).get(0).suggestion().id();

    Page editorPage = browser.newPage(false);
    browser.signIn(editorPage, editor.username(), TestWorkspace.PASSWORD);
    editorPage.navigate(browser.url("/library/review"));
    assertThat(editorPage.getByRole(AriaRole.HEADING, named("Review queue"))).isVisible();
    editorPage.navigate(browser.url("/library/review/" + id));
    assertThat(editorPage.locator(".wiki-diff del").first()).isVisible();
    String edited =
        "In one large study, security on the interview and self-reported style were barely related.";
    editorPage.locator("#finalText").fill(edited);
    editorPage.locator("#acceptReason").fill("Kept the interview's name for clarity.");
    browser.screenshot(editorPage, "wiki-review-1280");
    editorPage.getByRole(AriaRole.BUTTON, named("Accept (you may edit first)")).click();
    assertThat(editorPage.getByText("The suggester will see the final wording")).isVisible();

    page.navigate(browser.url("/library/mine"));
    assertThat(page.locator(".wiki-diff").first()).containsText("security on the interview");
    browser.screenshot(page, "wiki-mine-1280");
    page.getByRole(AriaRole.BUTTON, named("Approve and publish")).click();
    assertThat(page.getByText("Published as the new version of the article.")).isVisible();

    Page phone = browser.newPage(true);
    browser.signIn(phone, client.username(), TestWorkspace.PASSWORD);
    phone.navigate(browser.url("/library/myths"));
    assertThat(phone.getByText(edited)).isVisible();
    assertThat(phone.getByText(target.text())).hasCount(0);
    assertThat(phone.getByRole(AriaRole.HEADING, named("Suggest a revision"))).hasCount(0);
    browser.screenshot(phone, "wiki-article-client-390");
    Page phoneClinician = browser.newPage(true);
    browser.signIn(phoneClinician, clinician.username(), TestWorkspace.PASSWORD);
    phoneClinician.navigate(browser.url("/library/myths"));
    browser.screenshot(phoneClinician, "wiki-article-clinician-390");
  }

  @Test
  void aSuggestionWithAClientsNameAndTownIsRefusedAndStoredNowhere(CapturedOutput output) {
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    String name = "Philippa Marchetti";
    String town = "Bellingham";
    Page page = browser.newPage(true);
    browser.signIn(page, clinician.username(), TestWorkspace.PASSWORD);
    page.navigate(browser.url("/library/coherence"));
    page.getByLabel("Your wording")
        .fill("My client " + name + " from " + town + " tells her story in fragments.");
    page.locator("input[name=sources][value='17']").check();
    page.getByLabel("Why this change (required)").fill("An example from practice.");
    page.getByRole(AriaRole.BUTTON, named("Send the suggestion")).click();
    assertThat(page.locator("#phi-refusal")).isVisible();
    assertThat(page.locator("#phi-refusal")).containsText("a person's name");
    assertThat(page.locator("#phi-refusal")).containsText("a place smaller than a state");
    browser.screenshot(page, "wiki-refused-390");
    assertThat(suggestions.mine(clinician)).isEmpty();
    assertThat(DatabaseSearch.holds(jdbc, name)).isFalse();
    assertThat(DatabaseSearch.holds(jdbc, town)).isFalse();
    assertThat(output.getAll()).doesNotContain(name).doesNotContain(town);
  }

  @Test
  void theReviewQueueOneSuggestionTheHistoryAndTheEditorsPageFitAPhone() {
    SignedInUser coder = workspace.person(Role.CODER);
    SignedInUser editor = workspace.person(Role.RESEARCHER);
    wiki.grantEditor(editor.id(), "test");
    var target = wiki.lines("setbacks").stream().filter(l -> !l.heading()).toList().get(2);
    SuggestionForm form = new SuggestionForm();
    form.setKind("REVISE");
    form.setSentenceId(target.sentenceId());
    form.setQuotedText(target.text());
    // Long unbroken tokens are what push a phone page sideways.
    form.setText(
        target.text()
            + " See the supplementary-appendix-table-of-included-studies-and-their-measures.");
    form.setNewSourceIdentifier("10.1177/00332941241277495");
    form.setNewSourceTier(1);
    form.setNewSourceCitation(
        "Filosa, Sharp, Gori & Musetti (2024). A comprehensive scoping review of empirical studies"
            + " on earned secure attachment. Psychological Reports.");
    form.setReason("Points readers to the review's supplementary-appendix-table-of-studies.");
    form.setCredit("ANONYMOUS");
    var s = suggestions.suggest("setbacks", form, coder);

    Page phone = browser.newPage(true);
    browser.signIn(phone, editor.username(), TestWorkspace.PASSWORD);
    phone.navigate(browser.url("/library/review"));
    assertThat(phone.getByRole(AriaRole.HEADING, named("Review queue"))).isVisible();
    assertNoSidewaysScroll(phone, "review queue");
    browser.screenshot(phone, "wiki-review-queue-390");
    phone.navigate(browser.url("/library/review/" + s.id()));
    assertNoSidewaysScroll(phone, "one suggestion");
    phone.locator("#acceptReason").fill("Useful pointer.");
    browser.screenshot(phone, "wiki-review-one-390");
    phone.getByRole(AriaRole.BUTTON, named("Accept (you may edit first)")).click();
    assertThat(phone.getByText("The suggester will see the final wording")).isVisible();
    suggestions.approve(s.id(), suggestions.articleRowVersion("setbacks"), coder);

    phone.navigate(browser.url("/library/setbacks/history"));
    assertThat(phone.locator(".wiki-history tbody tr")).not().hasCount(0);
    assertNoSidewaysScroll(phone, "history");
    browser.screenshot(phone, "wiki-history-390");
    phone.navigate(browser.url("/library/editors"));
    assertThat(phone.getByRole(AriaRole.HEADING, named("Library editors"))).isVisible();
    assertNoSidewaysScroll(phone, "editors");
    browser.screenshot(phone, "wiki-editors-390");
  }

  private static void assertNoSidewaysScroll(Page page, String what) {
    Number overflow =
        (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow.intValue()).as("%s scrolls sideways by %s px", what, overflow).isZero();
  }
}
