package org.securebase.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What an administrator sees of the audit trail: who, role, kind of access, kind of record. */
class AdminAuditPageIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired AuditChain chain;

  @Test
  void aCrisisFlagShowsAsAnOrdinaryWriteOfTheClientsRecordAndTheTrailStillVerifies()
      throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    SignedInUser admin = workspace.person(Role.ADMIN);
    mvc.perform(
        post("/me/journal/new")
            .with(user(client))
            .with(csrf())
            .param("body", "Some nights I want to kill myself - synthetic")
            .param("shared", "false"));
    mvc.perform(get("/clients/" + client.clientId()).with(user(clinician)));

    String page =
        mvc.perform(get("/admin/audit").with(user(admin)).accept(MediaType.TEXT_HTML))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains(client.username())
        .contains("write")
        .contains("read")
        .doesNotContain(client.clientId().toString())
        .doesNotContainIgnoringCase("crisis_flag")
        .doesNotContain("FLAG");
    // The stored rows say the same: the flag is not an event of its own.
    assertThat(audit.forRecord("client", client.clientId().toString()))
        .extracting(AuditEvent::action)
        .contains("UPDATE");
    assertThat(audit.latest(50)).extracting(AuditEvent::action).doesNotContain("FLAG");
    assertThat(chain.verify().intact()).isTrue();
  }
}
