package org.securebase.app.account;

import java.time.Instant;
import java.util.UUID;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

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

  /** This account as the signed-in person of a request (or of seeding code acting as them). */
  public SignedInUser signedIn(boolean locked) {
    return new SignedInUser(
        id, username, passwordHash, role, displayName, clientId, enabled, locked);
  }
}
