package org.securebase.app.kernel;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, as Spring Security holds them in the session. Carries the
 * account id and, for a client, the client record they own, so access checks need no extra query.
 *
 * <p>Spring Security erases the password hash once sign-in has checked it, so the hash is never
 * written into the session store.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID id;
  private final String username;
  private String passwordHash;
  private final Role role;
  private final String displayName;
  private final UUID clientId;
  private final boolean enabled;
  private final boolean locked;

  public SignedInUser(
      UUID id,
      String username,
      String passwordHash,
      Role role,
      String displayName,
      UUID clientId,
      boolean enabled,
      boolean locked) {
    this.id = id;
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.displayName = displayName;
    this.clientId = clientId;
    this.enabled = enabled;
    this.locked = locked;
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public Role role() {
    return role;
  }

  public String displayName() {
    return displayName;
  }

  /** For the templates, which read bean properties. */
  public String getDisplayName() {
    return displayName;
  }

  /** The client record a CLIENT account opens; null for every other role. */
  public UUID clientId() {
    return clientId;
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
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedInUser other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    // Never print the hash into a log.
    return "SignedInUser[" + username + ", " + role + "]";
  }
}
