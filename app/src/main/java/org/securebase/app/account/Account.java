package org.securebase.app.account;

import java.time.Instant;
import java.util.UUID;

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
}
