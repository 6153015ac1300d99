package org.securebase.app.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, as Spring Security holds them in the session. Carries the
 * account id and, for a client, the client record they own, so access checks need no extra query.
 */
public record SignedInUser(
    UUID id,
    String username,
    String passwordHash,
    Role role,
    String displayName,
    UUID clientId,
    boolean enabled,
    boolean locked)
    implements UserDetails, Serializable {

  static SignedInUser of(Account account, boolean locked) {
    return new SignedInUser(
        account.id(),
        account.username(),
        account.passwordHash(),
        account.role(),
        account.displayName(),
        account.clientId(),
        account.enabled(),
        locked);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public String toString() {
    // Never print the hash into a log.
    return "SignedInUser[" + username + ", " + role + "]";
  }
}
