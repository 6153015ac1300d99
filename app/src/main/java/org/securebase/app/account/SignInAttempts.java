package org.securebase.app.account;

import java.time.Clock;
import java.time.Duration;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed sign-ins, which makes guessing passwords slow
 * without locking anyone out for good. Every sign-in and failure goes to the audit trail.
 */
@Component
class SignInAttempts {

  private final AccountRepository accounts;
  private final AuditLog audit;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockDuration;

  SignInAttempts(
      AccountRepository accounts,
      AuditLog audit,
      Clock clock,
      @Value("${securebase.login.max-failures}") int maxFailures,
      @Value("${securebase.login.lock-duration}") Duration lockDuration) {
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockDuration = lockDuration;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    String username = String.valueOf(event.getAuthentication().getName());
    accounts.recordFailedLogin(username, maxFailures, clock.instant().plus(lockDuration));
    audit.recordAs(username, "NONE", "SIGN_IN", "account", username, "FAILED");
  }

  @EventListener
  void onLocked(AuthenticationFailureLockedEvent event) {
    String username = String.valueOf(event.getAuthentication().getName());
    audit.recordAs(username, "NONE", "SIGN_IN", "account", username, "LOCKED");
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
      accounts.recordSuccessfulLogin(user.username());
      audit.recordAs(
          user.username(), user.role().name(), "SIGN_IN", "account", user.id(), "ALLOWED");
    }
  }
}
