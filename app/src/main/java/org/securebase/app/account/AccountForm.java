package org.securebase.app.account;

import java.util.UUID;
import org.securebase.app.kernel.Role;

/** The administrator's form for a new account. Rules live in {@link Accounts}. */
public class AccountForm {
  private String username;
  private String password;
  private Role role;
  private String displayName;
  private UUID clientId;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public UUID getClientId() {
    return clientId;
  }

  public void setClientId(UUID clientId) {
    this.clientId = clientId;
  }

  Accounts.NewAccount toRequest() {
    return new Accounts.NewAccount(username, password, role, displayName, null);
  }
}
