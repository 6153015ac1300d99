package org.securebase.app.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.wiki.WikiModel.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The editors page (who may grant and revoke, audited) and library notices by e-mail, against a
 * real SMTP server in this JVM (GreenMail): an address given on My suggestions gets the editor's
 * "new suggestion" and the suggester's "accepted" notice, naming the article and never the words.
 */
class WikiEditorsIT extends IntegrationTest {

  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Autowired ApplicationContext context;
  @Autowired Wiki wiki;
  @Autowired WikiSuggestions suggestions;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void editorsNameAndRemoveEditorsTheLastStaysAndAnAdministratorOnlyStartsTheBoard()
      throws Exception {
    var workspace = new TestWorkspace(context);
    SignedInUser admin = workspace.person(Role.ADMIN);
    SignedInUser first = workspace.person(Role.CLINICIAN);
    SignedInUser second = workspace.person(Role.CODER);
    SignedInUser client = workspace.clientPerson(workspace.person(Role.CLINICIAN));
    // A clean board: the administrator removes whoever earlier tests named.
    for (UUID id : jdbc.sql("SELECT account_id FROM wiki_editor").query(UUID.class).list()) {
      perform(admin, "/library/editors/" + id + "/revoke", 302);
    }
    mvc.perform(get("/library/editors").with(user(first))).andExpect(status().isNotFound());

    perform(admin, "/library/editors/" + first.id() + "/grant", 302);
    assertThat(wiki.isEditor(first)).isTrue();
    // Now the board decides: the administrator may not name a second editor ...
    perform(admin, "/library/editors/" + second.id() + "/grant", 400);
    // ... the only editor may not leave, and a client is never eligible.
    perform(first, "/library/editors/" + first.id() + "/revoke", 400);
    perform(first, "/library/editors/" + client.id() + "/grant", 404);
    mvc.perform(get("/library/editors").with(user(first)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(second.displayName())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(client.displayName()))));

    perform(first, "/library/editors/" + second.id() + "/grant", 302);
    assertThat(wiki.isEditor(second)).isTrue();
    perform(second, "/library/editors/" + first.id() + "/revoke", 302);
    assertThat(wiki.isEditor(first)).isFalse();
    perform(first, "/library/editors/" + second.id() + "/revoke", 404);

    var trail = audit.forRecord(WikiEditors.TABLE, first.id().toString());
    assertThat(trail)
        .extracting(e -> e.action() + " by " + e.actor())
        .contains("GRANT_EDITOR by " + admin.username(), "REVOKE_EDITOR by " + second.username());
    assertThat(audit.forRecord(WikiEditors.TABLE, second.id().toString()))
        .extracting(e -> e.action() + " by " + e.actor())
        .contains("GRANT_EDITOR by " + first.username());
  }

  @Test
  void noticesAreEmailedToWhoeverGaveAnAddressNamingTheArticleNotTheWords() throws Exception {
    var workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser editor = workspace.person(Role.RESEARCHER);
    wiki.grantEditor(editor.id(), "test");
    String suggesterMail = TestWorkspace.unique("sugg").toLowerCase() + "@example.org";
    String editorMail = TestWorkspace.unique("edit").toLowerCase() + "@example.org";
    setAddress(clinician, suggesterMail, 302);
    setAddress(editor, editorMail, 302);
    setAddress(editor, "not an address", 400);
    assertThat(DatabaseSearch.holds(jdbc, suggesterMail)).isFalse(); // stored encrypted

    Line target = wiki.lines("myths").stream().filter(l -> !l.heading()).toList().get(1);
    String words = "Questionnaires and interviews measure different things entirely.";
    SuggestionForm form = new SuggestionForm();
    form.setKind("REVISE");
    form.setSentenceId(target.sentenceId());
    form.setQuotedText(target.text());
    form.setText(words);
    form.setSources(List.of(9));
    form.setReason("Plainer.");
    form.setCredit("ANONYMOUS");
    var s = suggestions.suggest("myths", form, clinician);
    assertThat(to(editorMail)).hasSize(1);
    assertThat(to(suggesterMail)).isEmpty();

    suggestions.accept(
        s.id(), new WikiSuggestions.Decision(words, List.of(9), false, "Fine.", 0), editor);
    List<MimeMessage> mine = to(suggesterMail);
    assertThat(mine).hasSize(1);
    String title = wiki.article("myths").title();
    for (MimeMessage m : List.of(mine.get(0), to(editorMail).get(0))) {
      assertThat(m.getSubject()).isEqualTo("SecureBase library notice");
      String body = GreenMailUtil.getBody(m);
      assertThat(body).contains(title).doesNotContain("Questionnaires", "Plainer", "Fine.");
    }
    assertThat(GreenMailUtil.getBody(mine.get(0))).contains("accepted your suggestion");

    setAddress(clinician, "", 302);
    suggestions.approve(s.id(), suggestions.articleRowVersion("myths"), clinician);
    assertThat(wiki.page("myths", clinician).blocks()).isNotEmpty();
    assertThat(to(suggesterMail)).hasSize(1); // removed: in-app only from now on
  }

  private void perform(SignedInUser who, String path, int expected) throws Exception {
    mvc.perform(post(path).with(user(who)).with(csrf())).andExpect(status().is(expected));
  }

  private void setAddress(SignedInUser who, String email, int expected) throws Exception {
    mvc.perform(post("/library/notice-email").param("email", email).with(user(who)).with(csrf()))
        .andExpect(status().is(expected));
  }

  private static List<MimeMessage> to(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
        found.add(m);
      }
    }
    return found;
  }
}
