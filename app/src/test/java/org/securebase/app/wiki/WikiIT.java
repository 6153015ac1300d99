package org.securebase.app.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.app.wiki.WikiModel.Line;
import org.securebase.app.wiki.WikiModel.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The wiki end to end through its services and API, on H2 and PostgreSQL. */
@ExtendWith(OutputCaptureExtension.class)
class WikiIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Wiki wiki;
  @Autowired WikiSuggestions suggestions;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  SignedInUser editor() {
    SignedInUser editor = new TestWorkspace(context).person(Role.CLINICIAN);
    wiki.grantEditor(editor.id(), "test");
    return editor;
  }

  SuggestionForm revise(String sentenceId, String quoted, String text, int source) {
    SuggestionForm f = new SuggestionForm();
    f.setKind("REVISE");
    f.setSentenceId(sentenceId);
    f.setQuotedText(quoted);
    f.setText(text);
    f.setSources(List.of(source));
    f.setReason("Plainer words for readers.");
    f.setCredit("INITIALS");
    return f;
  }

  Line sentence(String article, int index) {
    return wiki.lines(article).stream().filter(l -> !l.heading()).toList().get(index);
  }

  @Test
  void aSourcedSuggestionIsEditedAcceptedApprovedAndReadByAClient() {
    var workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser editor = editor();
    SignedInUser client = workspace.clientPerson(workspace.person(Role.CLINICIAN));
    Line target = sentence("coherence", 1);
    var s =
        suggestions.suggest(
            "coherence",
            revise(
                target.sentenceId(), target.text(), "Experts look at how the story is told.", 17),
            clinician);
    assertThat(wiki.page("coherence", client).open()).isEmpty();
    assertThat(wiki.page("coherence", clinician).open())
        .extracting(v -> v.suggestion().id())
        .contains(s.id());

    String edited =
        "Experts judging coherence look at how the story is told more than at its words.";
    suggestions.accept(
        s.id(),
        new WikiSuggestions.Decision(edited, List.of(17), false, "Kept the source's sense.", 0),
        editor);
    assertThat(wiki.page("coherence", editor).pending()).isNotEmpty();
    assertThat(sentence("coherence", 1).text()).isEqualTo(target.text());

    int row = suggestions.articleRowVersion("coherence");
    assertThat(suggestions.approve(s.id(), row, clinician)).isEqualTo(Status.PUBLISHED);
    var page = wiki.page("coherence", client);
    assertThat(page.blocks().stream().flatMap(b -> b.sentences().stream()).map(Line::text))
        .contains(edited)
        .doesNotContain(target.text());
    assertThat(page.pending()).isEmpty();
    assertThat(page.check().passes()).isTrue();
    assertThat(page.provenance().changes().get(0).whatKind()).isEqualTo("REVISE");
    assertThat(page.provenance().reviewers()).contains(editor.displayName());
    assertThat(sentence("coherence", 1).sentenceId()).isEqualTo(target.sentenceId());
  }

  @Test
  void aRefusedSuggestionIsNeitherStoredNorLogged(CapturedOutput output) throws Exception {
    SignedInUser clinician = new TestWorkspace(context).person(Role.CLINICIAN);
    String name = "Wilhelmina Quarrington";
    String town = "Pocatello";
    Line target = sentence("myths", 0);
    String body =
        "{\"kind\":\"REVISE\",\"sentenceId\":\""
            + target.sentenceId()
            + "\",\"text\":\"My client "
            + name
            + " from "
            + town
            + " says questionnaires confused her.\",\"sources\":[9],"
            + "\"reason\":\"Seen with "
            + name
            + " last week.\",\"credit\":\"NAME\"}";
    mvc.perform(
            post("/api/library/myths/suggestions")
                .with(user(clinician))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.findings[?(@.kind == 'person')]").exists())
        .andExpect(jsonPath("$.findings[?(@.kind == 'place')]").exists())
        .andExpect(jsonPath("$.findings[?(@.field == 'reason')]").exists());
    assertThat(databaseHolds(name)).isFalse();
    assertThat(databaseHolds(town)).isFalse();
    assertThat(output.getAll()).doesNotContain(name).doesNotContain(town);
  }

  boolean databaseHolds(String needle) {
    return DatabaseSearch.holds(jdbc, needle);
  }

  @Test
  void ofTwoConcurrentPublicationsOneWinsTheOtherGetsAConflictAndNothingIsLost() {
    var workspace = new TestWorkspace(context);
    SignedInUser first = workspace.person(Role.CODER);
    SignedInUser second = workspace.person(Role.RESEARCHER);
    SignedInUser editor = editor();
    Line a = sentence("pathways", 2);
    Line b = sentence("pathways", 4);
    var sa =
        suggestions.suggest(
            "pathways", revise(a.sentenceId(), a.text(), a.text() + " (A)", 3), first);
    var sb =
        suggestions.suggest(
            "pathways", revise(b.sentenceId(), b.text(), b.text() + " (B)", 3), second);
    suggestions.accept(
        sa.id(),
        new WikiSuggestions.Decision(a.text() + " (A)", List.of(3), false, "ok", 0),
        editor);
    suggestions.accept(
        sb.id(),
        new WikiSuggestions.Decision(b.text() + " (B)", List.of(3), false, "ok", 0),
        editor);
    int seen = suggestions.articleRowVersion("pathways");

    assertThat(suggestions.approve(sa.id(), seen, first)).isEqualTo(Status.PUBLISHED);
    assertThatThrownBy(() -> suggestions.approve(sb.id(), seen, second))
        .isInstanceOf(StaleEditException.class);
    assertThat(suggestions.mine(second).get(0).suggestion().status()).isEqualTo(Status.ACCEPTED);

    assertThat(suggestions.approve(sb.id(), suggestions.articleRowVersion("pathways"), second))
        .isEqualTo(Status.PUBLISHED);
    assertThat(wiki.lines("pathways").stream().map(Line::text))
        .contains(a.text() + " (A)", b.text() + " (B)");
  }

  @Test
  void aSuggestionWhoseSentenceChangedFirstIsOutdated() {
    var workspace = new TestWorkspace(context);
    SignedInUser one = workspace.person(Role.CLINICIAN);
    SignedInUser two = workspace.person(Role.CLINICIAN);
    SignedInUser editor = editor();
    Line t = sentence("setbacks", 4);
    var s1 =
        suggestions.suggest(
            "setbacks", revise(t.sentenceId(), t.text(), "First rewording.", 4), one);
    var s2 =
        suggestions.suggest(
            "setbacks", revise(t.sentenceId(), t.text(), "Second rewording.", 4), two);
    suggestions.upvote(s2.id(), one);
    suggestions.upvote(s2.id(), one);
    assertThat(suggestions.queue(editor).get(0).suggestion().id()).isEqualTo(s2.id());
    suggestions.accept(
        s1.id(),
        new WikiSuggestions.Decision("First rewording.", List.of(4), false, "ok", 0),
        editor);
    suggestions.approve(s1.id(), suggestions.articleRowVersion("setbacks"), one);
    var mine = suggestions.mine(two);
    assertThat(mine.get(0).suggestion().status()).isEqualTo(Status.OUTDATED);
    assertThat(mine.get(0).suggestion().upvotes()).isEqualTo(1);
  }

  @Test
  void anEditorNeverReviewsTheirOwnSuggestion() {
    SignedInUser editor = editor();
    Line t = sentence("myths", 3);
    var s = suggestions.suggest("myths", revise(t.sentenceId(), t.text(), "Mine.", 10), editor);
    assertThatThrownBy(() -> suggestions.forReview(s.id(), editor))
        .isInstanceOf(org.securebase.app.kernel.RecordNotFoundException.class);
    UUID unknown = UUID.randomUUID();
    assertThatThrownBy(() -> suggestions.forReview(unknown, editor))
        .isInstanceOf(org.securebase.app.kernel.RecordNotFoundException.class);
  }
}
