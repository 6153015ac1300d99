package org.securebase.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A deployment that requires a second factor of a role sends that role to the set-up page. */
class SecondFactorPolicyTest {

  private final TwoFactor twoFactor = mock(TwoFactor.class);
  private final SecondFactorPolicy policy = new SecondFactorPolicy(twoFactor, messages());

  private static StaticMessageSource messages() {
    StaticMessageSource m = new StaticMessageSource();
    m.setUseCodeAsDefaultMessage(true);
    return m;
  }

  private SignedInUser signIn(Role role) {
    SignedInUser user = new SignedInUser(UUID.randomUUID(), "u", "x", role, "U", null, true, false);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    return user;
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private MockHttpServletResponse request(String path, MockHttpSession session, boolean[] passed)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setSession(session);
    MockHttpServletResponse response = new MockHttpServletResponse();
    passed[0] = policy.preHandle(request, response, new Object());
    return response;
  }

  @Test
  void aRequiredRoleWithoutASecondFactorIsSentToTheSetUpPage() throws Exception {
    SignedInUser admin = signIn(Role.ADMIN);
    when(twoFactor.requiredFor(Role.ADMIN)).thenReturn(true);
    when(twoFactor.enabled(admin.id())).thenReturn(false);
    boolean[] passed = new boolean[1];

    MockHttpServletResponse page = request("/admin/accounts", new MockHttpSession(), passed);
    assertThat(passed[0]).isFalse();
    assertThat(page.getRedirectedUrl()).isEqualTo("/account/second-factor");

    MockHttpServletResponse api = request("/api/clients", new MockHttpSession(), passed);
    assertThat(passed[0]).isFalse();
    assertThat(api.getStatus()).isEqualTo(403);
    assertThat(api.getContentAsString()).contains("governance.second-factor.api-refused");

    request("/account/second-factor", new MockHttpSession(), passed);
    assertThat(passed[0]).isTrue();
  }

  @Test
  void aRequiredRoleWithASecondFactorPassesAndTheSessionRemembersIt() throws Exception {
    SignedInUser clinician = signIn(Role.CLINICIAN);
    when(twoFactor.requiredFor(Role.CLINICIAN)).thenReturn(true);
    when(twoFactor.enabled(clinician.id())).thenReturn(true);
    MockHttpSession session = new MockHttpSession();
    boolean[] passed = new boolean[1];

    request("/clients", session, passed);

    assertThat(passed[0]).isTrue();
    assertThat(session.getAttribute(SecondFactorPolicy.SATISFIED)).isEqualTo(Boolean.TRUE);
  }

  @Test
  void aRoleTheDeploymentDoesNotNameIsNotAsked() throws Exception {
    SignedInUser coder = signIn(Role.CODER);
    when(twoFactor.requiredFor(Role.CODER)).thenReturn(false);
    when(twoFactor.enabled(coder.id())).thenReturn(false);
    boolean[] passed = new boolean[1];

    request("/codings", new MockHttpSession(), passed);

    assertThat(passed[0]).isTrue();
  }
}
