package org.securebase.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One stored value that fails its integrity check marks its own row, not the whole page. */
class UnreadableEntryIT extends IntegrationTest {

  static final String MARKER = "This entry cannot be read; please tell your administrator.";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Journal journal;
  @Autowired AuditLog audit;

  SignedInUser clinician;
  SignedInUser client;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientPerson(clinician);
  }

  private UUID write(String body) {
    JournalForm form = new JournalForm();
    form.setBody(body);
    form.setShared(true);
    return journal.write(form, client).id();
  }

  /** Copies one row's ciphertext into another: it no longer verifies, bound to its own row. */
  private void corrupt(UUID from, UUID to) {
    byte[] other =
        jdbc.sql("SELECT body FROM journal_entry WHERE id = :id")
            .param("id", from)
            .query(byte[].class)
            .single();
    jdbc.sql("UPDATE journal_entry SET body = :b WHERE id = :id")
        .param("b", other)
        .param("id", to)
        .update();
  }

  @Test
  void aCorruptedJournalEntryIsMarkedAndTheOthersStillShow() throws Exception {
    UUID first = write("Slept through the night for once - synthetic");
    UUID broken = write("Argued with my brother about the house - synthetic");
    write("Went to the sea with a friend - synthetic");
    corrupt(first, broken);

    String page =
        mvc.perform(get("/clients/" + client.clientId() + "/logs").with(user(clinician)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Slept through the night for once")
        .contains("Went to the sea with a friend")
        .doesNotContain("Argued with my brother")
        .contains(MARKER);
    assertThat(journal.shared(client.clientId(), clinician))
        .filteredOn(e -> e.id().equals(broken))
        .singleElement()
        .satisfies(e -> assertThat(e.body()).isEqualTo(MARKER));
  }

  @Test
  void anUnreadableEntryIsOnTheAuditTrail() {
    UUID first = write("A calm morning - synthetic");
    UUID broken = write("A hard evening - synthetic");
    corrupt(first, broken);

    journal.own(client);

    assertThat(audit.forRecord("journal_entry", broken.toString()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("UNREADABLE");
              assertThat(e.outcome()).isEqualTo("FAILED");
            });
  }

  @Test
  void theEntryPageOfAnUnreadableEntrySaysSoInsteadOfFailing() throws Exception {
    UUID first = write("Morning walk - synthetic");
    UUID broken = write("Evening call - synthetic");
    corrupt(first, broken);

    String page =
        mvc.perform(get("/me/journal/" + broken).with(user(client)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(MARKER).doesNotContain("Morning walk");
  }
}
