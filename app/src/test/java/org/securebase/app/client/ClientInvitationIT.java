package org.securebase.app.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.account.AccountRepository;
import org.securebase.app.account.Accounts;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A client account is linked to a client record only by that client's own clinician. */
class ClientInvitationIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired ClientInvitations invitations;
  @Autowired Accounts accounts;
  @Autowired AccountRepository accountRepository;
  @Autowired JdbcClient jdbc;

  TestWorkspace workspace;
  SignedInUser clinician;
  Client client;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientOf(clinician, "Synthetic note.");
  }

  @Test
  void anAdministratorCannotOpenAClientAccountOnTheWebOrTheCommandLinePath() throws Exception {
    SignedInUser admin = workspace.person(Role.ADMIN);
    String username = TestWorkspace.unique("c");
    int status =
        mvc.perform(
                post("/admin/accounts/new")
                    .with(user(admin))
                    .with(csrf())
                    .param("username", username)
                    .param("password", TestWorkspace.PASSWORD)
                    .param("role", "CLIENT")
                    .param("clientId", client.id().toString()))
            .andReturn()
            .getResponse()
            .getStatus();

    assertThat(status).isEqualTo(200); // the form again, with the refusal
    assertThat(accountRepository.findByUsername(username)).isEmpty();
    assertThat(accountRepository.findByClientId(client.id())).isEmpty();
    assertThatThrownBy(
            () ->
                accounts.open(
                    new Accounts.NewAccount(
                        username, TestWorkspace.PASSWORD, Role.CLIENT, "X", client.id()),
                    "cli:operator"))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void anotherClinicianCannotInviteMyClient() throws Exception {
    SignedInUser other = workspace.person(Role.CLINICIAN);
    assertThatThrownBy(() -> invitations.invite(client.id(), other))
        .isInstanceOf(RecordNotFoundException.class);
    int status =
        mvc.perform(post("/clients/" + client.id() + "/invitation").with(user(other)).with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(404);
  }

  @Test
  void theClientOpensTheirAccountWithTheCodeOnceAndReachesOnlyTheirOwnSpace() throws Exception {
    String page =
        mvc.perform(
                post("/clients/" + client.id() + "/invitation").with(user(clinician)).with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(page);
    assertThat(m.find()).isTrue();
    String code = m.group();
    String username = TestWorkspace.unique("robin");

    String redirect =
        mvc.perform(
                post("/invitation")
                    .with(csrf())
                    .param("code", code.toLowerCase())
                    .param("username", username)
                    .param("password", TestWorkspace.PASSWORD))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(redirect).isEqualTo("/login?invited");
    assertThat(accountRepository.findByUsername(username).orElseThrow().clientId())
        .isEqualTo(client.id());

    int again =
        mvc.perform(
                post("/invitation")
                    .with(csrf())
                    .param("code", code)
                    .param("username", TestWorkspace.unique("again"))
                    .param("password", TestWorkspace.PASSWORD))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(again).isEqualTo(400);
    SignedInUser robin = workspace.signIn(username);
    assertThat(mvc.perform(get("/me").with(user(robin))).andReturn().getResponse().getStatus())
        .isEqualTo(200);
  }

  @Test
  void anExpiredCodeIsRefusedAndNothingIsStored() {
    String code = invitations.invite(client.id(), clinician);
    jdbc.sql("UPDATE client_invitation SET expires_at = :past WHERE client_id = :c")
        .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
        .param("c", client.id())
        .update();
    String username = TestWorkspace.unique("late");

    assertThatThrownBy(() -> invitations.redeem(code, username, TestWorkspace.PASSWORD, null))
        .isInstanceOf(BadInputException.class)
        .extracting(e -> ((BadInputException) e).field())
        .isEqualTo("code");
    assertThat(accountRepository.findByUsername(username)).isEmpty();
  }

  @Test
  void aWeakPasswordIsRefusedAndTheCodeStillWorks() {
    String code = invitations.invite(client.id(), clinician);
    assertThatThrownBy(
            () -> invitations.redeem(code, TestWorkspace.unique("w"), "password1234", null))
        .isInstanceOf(BadInputException.class)
        .extracting(e -> ((BadInputException) e).field())
        .isEqualTo("password");
    assertThat(
            invitations
                .redeem(code, TestWorkspace.unique("w"), TestWorkspace.PASSWORD, null)
                .clientId())
        .isEqualTo(client.id());
  }
}
