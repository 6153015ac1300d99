package org.securebase.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A support-log entry takes a short note: encrypted, the client's, shared only when ticked. */
class SupportNotesIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired SupportLog support;

  SignedInUser clinician;
  SignedInUser client;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientPerson(clinician);
  }

  private void log(String note, boolean shared) throws Exception {
    var request =
        post("/me/support")
            .with(user(client))
            .with(csrf())
            .param("occurredAt", LocalDateTime.now().minusHours(2).withNano(0).toString())
            .param("role", "FRIEND")
            .param("outcome", "HELPED")
            .param("note", note);
    if (shared) {
      request.param("noteShared", "true");
    }
    mvc.perform(request).andExpect(status().is3xxRedirection());
  }

  @Test
  void theNoteIsStoredEncryptedAndShownToTheClient() throws Exception {
    log("Called Sam on the bus - synthetic", false);
    List<byte[]> stored =
        jdbc.sql("SELECT note FROM support_event WHERE client_id = :c")
            .param("c", client.clientId())
            .query(byte[].class)
            .list();
    assertThat(stored).hasSize(1);
    assertThat(new String(stored.get(0), StandardCharsets.ISO_8859_1))
        .doesNotContain("Sam")
        .doesNotContain("bus");
    String page =
        mvc.perform(get("/me/support").with(user(client)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Called Sam on the bus - synthetic");
  }

  @Test
  void theClinicianReadsOnlyANoteTheClientShared() throws Exception {
    log("Private words - synthetic", false);
    log("Shared words - synthetic", true);
    List<SupportEvent> seen = support.list(client.clientId(), clinician);
    assertThat(seen).extracting(SupportEvent::note).containsOnly(null, "Shared words - synthetic");
    String logs =
        mvc.perform(get("/clients/" + client.clientId() + "/logs").with(user(clinician)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(logs).contains("Shared words - synthetic").doesNotContain("Private words");
    assertThat(support.list(client.clientId(), client))
        .extracting(SupportEvent::note)
        .contains("Private words - synthetic", "Shared words - synthetic");
  }

  @Test
  void aNoteOverFiveHundredCharactersIsRefusedAndNothingIsStored() throws Exception {
    mvc.perform(
            post("/me/support")
                .with(user(client))
                .with(csrf())
                .param("occurredAt", LocalDateTime.now().minusHours(2).withNano(0).toString())
                .param("role", "FRIEND")
                .param("outcome", "HELPED")
                .param("note", "x".repeat(501)))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM support_event WHERE client_id = :c")
                .param("c", client.clientId())
                .query(Integer.class)
                .single())
        .isZero();
  }
}
