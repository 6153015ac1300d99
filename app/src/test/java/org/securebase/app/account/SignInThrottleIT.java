package org.securebase.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditEvent;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.crypto.PseudonymMac;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sign-in throttling after NIST SP 800-63B: nobody can lock an owner out for longer than the stated
 * bound (60 s), the answer is the same whether the account exists, and only 100 consecutive
 * failures lock an account for good.
 */
class SignInThrottleIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired AccountRepository accounts;
  @Autowired AuditLog audit;
  @Autowired PseudonymMac mac;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired AccountUserDetailsService users;
  @Autowired PasswordEncoder encoder;
  @Autowired TwoFactor twoFactor;

  SignedInUser owner;

  @BeforeEach
  void setUp() {
    owner = new TestWorkspace(context).person(Role.CODER);
  }

  /** A clock the test moves by hand. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2030-01-01T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void fiveWrongTriesFromAnotherAddressDelayTheOwnerOnlyBriefly() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(owner.username(), "wrong-" + i, "203.0.113.9")).isEqualTo("/login?error");
    }
    SignInThrottle throttle = context.getBean(SignInThrottle.class);
    Instant next = throttle.nextTryFor(owner.username());
    assertThat(Duration.between(Instant.now(), next)).isLessThanOrEqualTo(Duration.ofSeconds(60));

    while (Instant.now().isBefore(next.plusMillis(50))) {
      Thread.sleep(100);
    }
    assertThat(signIn(owner.username(), TestWorkspace.PASSWORD, "198.51.100.7")).isEqualTo("/");
    assertThat(accounts.findByUsername(owner.username()).orElseThrow().locked()).isFalse();
  }

  @Test
  void ninetyNineFailuresNeverKeepTheOwnerOutMoreThanSixtySeconds() {
    MovingClock clock = new MovingClock();
    SignInThrottle throttle = throttle(clock);
    String name = TestWorkspace.unique("victim");
    for (int i = 0; i < 99; i++) {
      throttle.failed(name, "203.0.113." + (i % 3));
      assertThat(Duration.between(clock.instant(), throttle.nextTryFor(name)))
          .isLessThanOrEqualTo(Duration.ofSeconds(60));
      clock.advance(Duration.ofSeconds(61));
    }
    assertThat(throttle.mustWait(name, "198.51.100.7")).isFalse();
  }

  @Test
  void anAddressThatKeepsGuessingWaitsLongerAndLonger() {
    MovingClock clock = new MovingClock();
    SignInThrottle throttle = throttle(clock);
    String address = "192.0.2." + (int) (Math.random() * 250);
    Duration previous = Duration.ZERO;
    for (int i = 0; i < 20; i++) {
      throttle.failed(TestWorkspace.unique("sprayed"), address);
    }
    Duration wait = Duration.between(clock.instant(), throttle.nextTryForAddress(address));
    assertThat(wait)
        .isGreaterThan(Duration.ofSeconds(60))
        .isLessThanOrEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.mustWait(TestWorkspace.unique("fresh"), address)).isTrue();
    assertThat(previous).isZero();
  }

  @Test
  void onlyAHundredConsecutiveFailuresLockTheAccountForGood() {
    MovingClock clock = new MovingClock();
    ThrottledSignIn signIn =
        new ThrottledSignIn(users, encoder, accounts, throttle(clock), twoFactor, audit, 100);
    for (int i = 0; i < 99; i++) {
      // A botnet: every try from another address, so only the per-account count holds it back.
      String from = "198.18.0." + i;
      assertThatThrownBy(() -> signIn.authenticate(attempt(owner.username(), "wrong", from)))
          .isInstanceOf(BadCredentialsException.class);
      clock.advance(Duration.ofSeconds(61));
    }
    assertThat(accounts.findByUsername(owner.username()).orElseThrow().locked()).isFalse();
    assertThatThrownBy(() -> signIn.authenticate(attempt(owner.username(), "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(accounts.findByUsername(owner.username()).orElseThrow().locked()).isTrue();
    clock.advance(Duration.ofSeconds(61));
    assertThatThrownBy(() -> signIn.authenticate(attempt(owner.username(), TestWorkspace.PASSWORD)))
        .isInstanceOf(BadCredentialsException.class);

    accounts.unlock(owner.id());
    clock.advance(Duration.ofSeconds(61));
    assertThat(signIn.authenticate(attempt(owner.username(), TestWorkspace.PASSWORD)).getName())
        .isEqualTo(owner.username());
  }

  @Test
  void theAnswerIsTheSameWhetherOrNotTheAccountExistsAndNoTypedNameIsStored() throws Exception {
    String typed = "my-secret-" + TestWorkspace.unique("pw");
    MvcResult unknown = login(typed, "whatever-it-is", "192.0.2.200");
    MvcResult known = login(owner.username(), "whatever-it-is", "192.0.2.201");

    assertThat(unknown.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus());
    assertThat(unknown.getResponse().getRedirectedUrl())
        .isEqualTo(known.getResponse().getRedirectedUrl())
        .isEqualTo("/login?error");
    assertThat(unknown.getRequest().getSession(false)).isNull();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :t OR record_id = :t")
                .param("t", typed)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(audit.forRecord("account", owner.id().toString()))
        .extracting(AuditEvent::actor, AuditEvent::outcome)
        .contains(org.assertj.core.groups.Tuple.tuple(owner.username(), "FAILED"));
  }

  @Test
  void aSeventyThreeBytePasswordIsAPlainRefusalNotAnError() throws Exception {
    MvcResult result = login(owner.username(), "x".repeat(73), "192.0.2.202");
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
  }

  private SignInThrottle throttle(Clock clock) {
    return new SignInThrottle(
        mac,
        jdbc,
        transactions,
        clock,
        3,
        10,
        Duration.ofSeconds(60),
        Duration.ofMinutes(15),
        Duration.ofHours(1));
  }

  private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
    return attempt(username, password, "198.18.1.1");
  }

  private static UsernamePasswordAuthenticationToken attempt(
      String username, String password, String address) {
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    token.setDetails(new SignInDetails(request));
    return token;
  }

  private String signIn(String username, String password, String address) throws Exception {
    return login(username, password, address).getResponse().getRedirectedUrl();
  }

  private MvcResult login(String username, String password, String address) throws Exception {
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
        .andReturn();
  }
}
