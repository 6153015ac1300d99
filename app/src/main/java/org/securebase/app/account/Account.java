package org.securebase.app.account;

import java.time.Instant;
import java.util.UUID;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;

/** A person who can sign in. {@code clientId} links a CLIENT account to its client record. */
public record Account(
    UUID id,
    String username,
    String passwordHash,
    Role role,
    String displayName,
    UUID clientId,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil,
    Instant createdAt) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** This account as the signed-in person of a request (or of seeding code acting as them). */
  public SignedInUser signedIn(boolean locked) {
    return new SignedInUser(
        id, username, passwordHash, role, displayName, clientId, enabled, locked);
  }
}
