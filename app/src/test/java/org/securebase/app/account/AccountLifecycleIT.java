package org.securebase.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** What an administrator does to an account, and what a person does to their own password. */
class AccountLifecycleIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired AccountRepository accounts;
  @Autowired AccountLifecycle lifecycle;

  @Test
  void aDisabledAccountCannotSignInUntilReEnabled() throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser admin = workspace.person(Role.ADMIN);
    SignedInUser coder = workspace.person(Role.CODER);

    admin(admin, "/admin/accounts/" + coder.id() + "/disable");
    assertThat(signIn(coder.username(), TestWorkspace.PASSWORD, "192.0.2.31"))
        .isEqualTo("/login?error");
    admin(admin, "/admin/accounts/" + coder.id() + "/enable");
    assertThat(signIn(coder.username(), TestWorkspace.PASSWORD, "192.0.2.32")).isEqualTo("/");
    assertThatThrownBy(() -> lifecycle.setEnabled(admin.id(), false, admin))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void aRoleChangesButNeverToOrFromClient() throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser admin = workspace.person(Role.ADMIN);
    SignedInUser coder = workspace.person(Role.CODER);
    mvc.perform(
        post("/admin/accounts/" + coder.id() + "/role")
            .with(user(admin))
            .with(csrf())
            .param("role", "RESEARCHER"));
    assertThat(accounts.findById(coder.id()).orElseThrow().role()).isEqualTo(Role.RESEARCHER);
    assertThatThrownBy(() -> lifecycle.changeRole(coder.id(), Role.CLIENT, admin))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void aResetLinkSetsANewPasswordOnce() throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser admin = workspace.person(Role.ADMIN);
    SignedInUser coder = workspace.person(Role.CODER);
    String page =
        mvc.perform(post("/admin/accounts/" + coder.id() + "/reset").with(user(admin)).with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)").matcher(page);
    assertThat(m.find()).isTrue();
    String link = m.group();

    String redirect =
        mvc.perform(post(link).with(csrf()).param("password", "a brand new passphrase"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(redirect).isEqualTo("/login?passwordSet");
    assertThat(signIn(coder.username(), "a brand new passphrase", "192.0.2.33")).isEqualTo("/");
    int again =
        mvc.perform(post(link).with(csrf()).param("password", "yet another passphrase"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(again).isEqualTo(400);
  }

  @Test
  void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    int wrong =
        mvc.perform(
                post("/account/password")
                    .with(user(coder))
                    .with(csrf())
                    .param("current", "not-my-password")
                    .param("password", "a fresh passphrase here"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(wrong).isEqualTo(400);
    int common =
        mvc.perform(
                post("/account/password")
                    .with(user(coder))
                    .with(csrf())
                    .param("current", TestWorkspace.PASSWORD)
                    .param("password", "qwertyuiop123"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(common).isEqualTo(400);
    String tooLong =
        mvc.perform(
                post("/account/password")
                    .with(user(coder))
                    .with(csrf())
                    .param("current", TestWorkspace.PASSWORD)
                    .param("password", "é".repeat(37)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(tooLong).contains("72 bytes");
    mvc.perform(
        post("/account/password")
            .with(user(coder))
            .with(csrf())
            .param("current", TestWorkspace.PASSWORD)
            .param("password", "a fresh passphrase here"));
    assertThat(signIn(coder.username(), "a fresh passphrase here", "192.0.2.34")).isEqualTo("/");
    assertThat(
            mvc.perform(get("/account/password").with(user(coder)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  private void admin(SignedInUser admin, String path) throws Exception {
    mvc.perform(post(path).with(user(admin)).with(csrf()));
  }

  private String signIn(String username, String password, String address) throws Exception {
    return mvc.perform(
            post("/login")
                .with(csrf())
                .with(
                    r -> {
                      r.setRemoteAddr(address);
                      return r;
                    })
                .param("username", username)
                .param("password", password))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }
}
