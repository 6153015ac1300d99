package org.securebase.app.demo;

import org.securebase.app.account.Account;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets seeding code (the demo workspace, the load-test volume) act as a real account, so every
 * record it writes goes through the same services and the audit trail names who wrote it.
 */
public final class ActingAs {

  private ActingAs() {}

  /** Signs the current thread in as {@code account} and returns that person. */
  public static SignedInUser account(Account account) {
    SignedInUser user = account.signedIn(false);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    return user;
  }

  /** Signs the current thread out again. */
  public static void end() {
    SecurityContextHolder.clearContext();
  }
}
