package org.securebase.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.account.AccountRepository;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class SignInSecurityIT extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountRepository accounts;
  @Autowired AuditLog audit;

  @Test
  void storesOnlyAnAdaptiveHashOfThePassword() {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    String hash = accounts.findByUsername(coder.username()).orElseThrow().passwordHash();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestWorkspace.PASSWORD);
  }

  @Test
  void keepsNoPasswordHashInTheSignedInSession() throws Exception {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    mvc.perform(formLogin().user(coder.username()).password(TestWorkspace.PASSWORD))
        .andExpect(
            authenticated()
                .withAuthentication(
                    a -> assertThat(((SignedInUser) a.getPrincipal()).getPassword()).isNull()));
  }

  @Test
  void refusesAFormPostWithoutItsCsrfToken() throws Exception {
    SignedInUser clinician = new TestWorkspace(context).person(Role.CLINICIAN);
    mvc.perform(
            post("/clients/new")
                .with(user(clinician))
                .param("displayName", "No token")
                .param("startDate", "2025-01-01"))
        .andExpect(status().isForbidden());
  }

  @Test
  void sendsTheSecurityHeaders() throws Exception {
    mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "no-referrer"));
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    jakarta.servlet.http.Cookie session =
        mvc.perform(formLogin().user(coder.username()).password(TestWorkspace.PASSWORD))
            .andExpect(authenticated())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    assertThat(session).isNotNull();
    mvc.perform(get("/transcripts").cookie(session).accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk());

    mvc.perform(
            post("/logout")
                .cookie(session)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/login?signedOut"));

    mvc.perform(get("/transcripts").cookie(session).accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
  }
}
