package org.securebase.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Setting up an authenticator app, signing in with it, recovery codes, and turning it off. */
class SecondFactorIT extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TwoFactor twoFactor;
  @Autowired Clock clock;

  SignedInUser clinician;
  int address;

  @BeforeEach
  void setUp() {
    clinician = new TestWorkspace(context).person(Role.CLINICIAN);
  }

  private String codeFor(String secret) throws Exception {
    return new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
  }

  /** The set-up begun in one session: the key shown, and the session's cookie. */
  record Setup(String secret, Cookie session) {}

  /** Opens the set-up page and returns the secret it shows, with the session that holds it. */
  private Setup startSetup() throws Exception {
    var response =
        mvc.perform(get("/account/second-factor").with(user(clinician)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    String page = response.getContentAsString();
    assertThat(page).contains("data:image/png;base64,");
    Matcher m = Pattern.compile("id=\"secret\">([A-Z2-7]+)<").matcher(page);
    assertThat(m.find()).as("the key to type in is on the page").isTrue();
    Cookie session = response.getCookie("SESSION");
    assertThat(session).as("the set-up lives in the session").isNotNull();
    return new Setup(m.group(1), session);
  }

  private List<String> enable() throws Exception {
    Setup setup = startSetup();
    String page =
        mvc.perform(
                post("/account/second-factor")
                    .with(user(clinician))
                    .with(csrf())
                    .cookie(setup.session())
                    .param("code", codeFor(setup.secret())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = Pattern.compile("<code>([a-z0-9-]+)</code>").matcher(page);
    List<String> codes = m.results().map(r -> r.group(1)).toList();
    assertThat(codes).hasSize(10);
    return codes;
  }

  /** Signs in through the form from a fresh address each time; the redirect target. */
  private String signIn(String code) throws Exception {
    String from = "198.51.100." + (++address);
    var request =
        post("/login")
            .with(csrf())
            .with(
                r -> {
                  r.setRemoteAddr(from);
                  return r;
                })
            .param("username", clinician.username())
            .param("password", TestWorkspace.PASSWORD);
    if (code != null) {
      request.param("code", code);
    }
    return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
  }

  @Test
  void aConfirmedAuthenticatorAppIsAskedForAtSignIn() throws Exception {
    assertThat(signIn(null)).isEqualTo("/");
    Setup setup = startSetup();
    String secret = setup.secret();

    enableWith(setup);

    assertThat(twoFactor.enabled(clinician.id())).isTrue();
    assertThat(signIn(null)).contains("/login?error");
    assertThat(signIn("000000".equals(codeFor(secret)) ? "111111" : "000000"))
        .contains("/login?error");
    assertThat(signIn(codeFor(secret))).isEqualTo("/");
  }

  private void enableWith(Setup setup) throws Exception {
    mvc.perform(
            post("/account/second-factor")
                .with(user(clinician))
                .with(csrf())
                .cookie(setup.session())
                .param("code", codeFor(setup.secret())))
        .andExpect(status().isOk());
  }

  @Test
  void aWrongConfirmationCodeTurnsNothingOn() throws Exception {
    Setup setup = startSetup();
    String wrong = "000000".equals(codeFor(setup.secret())) ? "111111" : "000000";

    String page =
        mvc.perform(
                post("/account/second-factor")
                    .with(user(clinician))
                    .with(csrf())
                    .cookie(setup.session())
                    .param("code", wrong))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("That code does not match");
    assertThat(twoFactor.enabled(clinician.id())).isFalse();
    assertThat(signIn(null)).isEqualTo("/");
  }

  @Test
  void eachRecoveryCodeSignsInOnce() throws Exception {
    List<String> codes = enable();

    assertThat(signIn(codes.get(0))).isEqualTo("/");
    assertThat(signIn(codes.get(0))).contains("/login?error");
    assertThat(signIn(codes.get(1))).isEqualTo("/");
  }

  @Test
  void itIsTurnedOffOnlyWithACurrentCode() throws Exception {
    List<String> codes = enable();

    mvc.perform(
            post("/account/second-factor/off")
                .with(user(clinician))
                .with(csrf())
                .param("code", "not-a-code"))
        .andExpect(status().isBadRequest());
    assertThat(twoFactor.enabled(clinician.id())).isTrue();

    mvc.perform(
            post("/account/second-factor/off")
                .with(user(clinician))
                .with(csrf())
                .param("code", codes.get(5)))
        .andExpect(status().is3xxRedirection());
    assertThat(twoFactor.enabled(clinician.id())).isFalse();
    assertThat(signIn(null)).isEqualTo("/");
  }
}
