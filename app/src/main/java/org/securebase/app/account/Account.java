package org.securebase.app.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A person who can sign in. {@code clientId} links a CLIENT account to its client record; {@code
 * failedLogins} counts consecutive failed sign-ins (see {@link SignInThrottle}).
 */
public record Account(
    UUID id,
    String username,
    String passwordHash,
    Role role,
    String displayName,
    UUID clientId,
    boolean enabled,
    int failedLogins,
    boolean hardLocked,
    Instant createdAt) {

  /** Locked for good after many consecutive failed sign-ins, until an administrator unlocks it. */
  public boolean locked() {
    return hardLocked;
  }
}
