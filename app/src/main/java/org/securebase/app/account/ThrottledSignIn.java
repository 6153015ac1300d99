package org.securebase.app.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way to sign in with a password: throttled ({@link SignInThrottle}), then the password
 * (bcrypt), then the second factor when the person has one ({@link TwoFactor}).
 *
 * <p>Every refusal is the same exception with the same message, and each path spends one bcrypt
 * comparison, so neither the answer nor its timing tells whether the account exists, is locked,
 * disabled or slowed. The audit row names the account only when it exists: a typed username can be
 * a password typed into the wrong field.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

  /** A bcrypt hash of a random string, compared against to spend the same time on every path. */
  private static final String DUMMY_HASH =
      "{bcrypt}$2a$10$LaoFMC2Gkv4Z.mo6E0l1ZOcu7iniubGV0UDo7y801nIjP.D/rxhKC";

  private final DaoAuthenticationProvider passwords;
  private final PasswordEncoder encoder;
  private final AccountRepository accounts;
  private final SignInThrottle throttle;
  private final TwoFactor twoFactor;
  private final AuditLog audit;
  private final int hardLockAfter;

  ThrottledSignIn(
      AccountUserDetailsService users,
      PasswordEncoder encoder,
      AccountRepository accounts,
      SignInThrottle throttle,
      TwoFactor twoFactor,
      AuditLog audit,
      @Value("${securebase.login.hard-lock-after:100}") int hardLockAfter) {
    this.passwords = new DaoAuthenticationProvider(users);
    this.passwords.setPasswordEncoder(encoder);
    this.encoder = encoder;
    this.accounts = accounts;
    this.throttle = throttle;
    this.twoFactor = twoFactor;
    this.audit = audit;
    this.hardLockAfter = hardLockAfter;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName() == null ? "" : attempt.getName();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    String address = "unknown";
    String code = null;
    if (attempt.getDetails() instanceof SignInDetails details) {
      address = details.getRemoteAddress();
      code = details.code();
    }
    Optional<Account> account = accounts.findByUsername(username);
    if (throttle.mustWait(username, address)) {
      spendOneComparison(password);
      record(account, "THROTTLED");
      throw refused();
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
      // bcrypt cannot compare it (and no stored password is that long): a plain failure.
      spendOneComparison("");
      return failed(username, address, account);
    }
    Authentication result;
    try {
      result = passwords.authenticate(attempt);
    } catch (AuthenticationException e) {
      if (account.isPresent() && (!account.get().enabled() || account.get().locked())) {
        // A disabled or locked account is refused before its hash is compared: even the time.
        spendOneComparison(password);
      }
      return failed(username, address, account);
    }
    SignedInUser user = (SignedInUser) result.getPrincipal();
    if (!twoFactor.accepts(user.id(), code)) {
      return failed(username, address, account);
    }
    throttle.succeeded(username, address);
    accounts.recordSuccessfulLogin(user.username());
    audit.recordAs(user.username(), user.role().name(), "SIGN_IN", "account", user.id(), "ALLOWED");
    return result;
  }

  private Authentication failed(String username, String address, Optional<Account> account) {
    throttle.failed(username, address);
    if (account.isPresent()) {
      boolean locked = accounts.recordFailedLogin(account.get().username(), hardLockAfter);
      record(account, locked ? "LOCKED" : "FAILED");
    } else {
      record(account, "FAILED");
    }
    throw refused();
  }

  private void record(Optional<Account> account, String outcome) {
    audit.recordAs(
        account.map(Account::username).orElse("unknown"),
        "NONE",
        "SIGN_IN",
        "account",
        account.map(a -> a.id().toString()).orElse("-"),
        outcome);
  }

  private void spendOneComparison(String password) {
    boolean comparable =
        password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
    encoder.matches(comparable ? password : "", DUMMY_HASH);
  }

  private static BadCredentialsException refused() {
    return new BadCredentialsException("Sign-in refused");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
