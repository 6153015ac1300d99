package org.securebase.app.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditEvent;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class ClientRecordsIT extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired Caseload caseload;

  TestWorkspace workspace;
  SignedInUser clinician;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
  }

  @Nested
  class EncryptionAtRest {

    @Test
    void storesTheReferralNoteOnlyAsCiphertext() throws Exception {
      String note = "Panic when partner travels; sister died in 2019 - synthetic";
      String body =
          mvc.perform(
                  post("/api/clients")
                      .with(user(clinician))
                      .with(csrf())
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"displayName\":\"Enc\",\"startDate\":\"2025-01-01\",\"referralNote\":\""
                              + note
                              + "\"}"))
              .andExpect(status().isCreated())
              .andExpect(jsonPath("$.referralNote").value(note))
              .andReturn()
              .getResponse()
              .getContentAsString();
      UUID id = UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));

      byte[] stored =
          jdbc.sql("SELECT referral_note FROM client WHERE id = :id")
              .param("id", id)
              .query(byte[].class)
              .single();
      String raw = new String(stored, StandardCharsets.ISO_8859_1);
      assertThat(raw).doesNotContain("Panic").doesNotContain("sister").doesNotContain("2019");
      assertThat(stored.length).isGreaterThan(note.length());
    }

    @Test
    void refusesACiphertextMovedToAnotherRecord() {
      var first = workspace.clientOf(clinician, "first synthetic note");
      var second = workspace.clientOf(clinician, "second synthetic note");
      byte[] firstCipher =
          jdbc.sql("SELECT referral_note FROM client WHERE id = :id")
              .param("id", first.id())
              .query(byte[].class)
              .single();
      jdbc.sql("UPDATE client SET referral_note = :c WHERE id = :id")
          .param("c", firstCipher)
          .param("id", second.id())
          .update();

      assertThatThrownBy(() -> caseload.read(second.id(), clinician))
          .isInstanceOf(FieldCipher.TamperedRecordException.class)
          .hasMessageContaining(second.id().toString());
    }
  }

  @Nested
  class Access {

    @Test
    void aClinicianCannotSeeAnotherClinicansClient() throws Exception {
      SignedInUser other = workspace.person(Role.CLINICIAN);
      var theirs = workspace.clientOf(other, "not yours");

      mvc.perform(get("/api/clients/" + theirs.id()).with(user(clinician)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/clients/" + theirs.id()).with(user(clinician)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/clients").with(user(clinician)))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(
                          org.hamcrest.Matchers.containsString(theirs.id().toString()))));
      assertThat(audit.forRecord("client", theirs.id().toString()))
          .extracting(AuditEvent::actor, AuditEvent::outcome)
          .contains(org.assertj.core.groups.Tuple.tuple(clinician.username(), "DENIED"));
    }

    @Test
    void everyReadIsAuditedWithWhoWhatAndWhere() throws Exception {
      var client = workspace.clientOf(clinician, "audited");
      mvc.perform(
              get("/clients/" + client.id())
                  .with(user(clinician))
                  .with(
                      r -> {
                        r.setRemoteAddr("203.0.113.7");
                        return r;
                      }))
          .andExpect(status().isOk());

      assertThat(audit.forRecord("client", client.id().toString()))
          .anySatisfy(
              e -> {
                assertThat(e.action()).isEqualTo("READ");
                assertThat(e.actor()).isEqualTo(clinician.username());
                assertThat(e.actorRole()).isEqualTo("CLINICIAN");
                assertThat(e.remoteAddr()).isEqualTo("203.0.113.7");
                assertThat(e.outcome()).isEqualTo("ALLOWED");
              });
    }
  }

  @Nested
  class Errors {

    @Test
    void aMissingClientIsA404() throws Exception {
      mvc.perform(get("/api/clients/" + UUID.randomUUID()).with(user(clinician)))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("No client")));
    }

    @Test
    void aMalformedIdIsA400NamingIt() throws Exception {
      mvc.perform(get("/api/clients/not-an-id").with(user(clinician)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("id:")));
    }

    @Test
    void aBlankNameIsA400NamingTheField() throws Exception {
      mvc.perform(
              post("/api/clients")
                  .with(user(clinician))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"displayName\":\" \",\"startDate\":\"2025-01-01\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors.displayName").value("enter a pseudonym for the client"));
    }

    @Test
    void anUnreadableDateIsA400NamingTheField() throws Exception {
      mvc.perform(
              post("/api/clients")
                  .with(user(clinician))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"displayName\":\"X\",\"startDate\":\"31/12/2025\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("startDate")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(
                          org.hamcrest.Matchers.containsString("Exception"))));
    }

    @Test
    void aPageFormWithErrorsIsShownAgainWithTheMessage() throws Exception {
      mvc.perform(
              post("/clients/new")
                  .with(user(clinician))
                  .with(csrf())
                  .param("displayName", "")
                  // In the future but inside the calendar every date field accepts (to 2100).
                  .param("startDate", "2099-01-01"))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("enter a pseudonym")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString(
                          "the start date cannot be in the future")));
    }
  }

  @Nested
  class OptimisticLocking {

    @Test
    void aStaleEditIsA409AndLosesNothing() throws Exception {
      var client = workspace.clientOf(clinician, "original");
      String first =
          "{\"displayName\":\"First edit\",\"startDate\":\"2025-01-01\",\"referralNote\":\"one\","
              + "\"version\":0}";
      String second =
          "{\"displayName\":\"Second edit\",\"startDate\":\"2025-01-01\",\"referralNote\":\"two\","
              + "\"version\":0}";
      mvc.perform(
              put("/api/clients/" + client.id())
                  .with(user(clinician))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(first))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.version").value(1));
      mvc.perform(
              put("/api/clients/" + client.id())
                  .with(user(clinician))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(second))
          .andExpect(status().isConflict())
          .andExpect(
              jsonPath("$.detail")
                  .value(org.hamcrest.Matchers.containsString("changed by someone else")));

      Client stored = caseload.read(client.id(), clinician);
      assertThat(stored.displayName()).isEqualTo("First edit");
      assertThat(stored.referralNote()).isEqualTo("one");
      assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aStaleEditOnThePageKeepsWhatWasTyped() throws Exception {
      var client = workspace.clientOf(clinician, "original");
      mvc.perform(
              post("/clients/" + client.id() + "/edit")
                  .with(user(clinician))
                  .with(csrf())
                  .param("displayName", "My careful rewording")
                  .param("startDate", "2025-01-01")
                  .param("version", "7"))
          .andExpect(status().isConflict())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("My careful rewording")))
          .andExpect(
              content().string(org.hamcrest.Matchers.containsString("changed by someone else")));
    }
  }
}
