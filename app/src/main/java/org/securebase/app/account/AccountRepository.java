package org.securebase.app.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.kernel.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

  private static final String SELECT =
      "SELECT id, username, password_hash, role, display_name, client_id, enabled, failed_logins,"
          + " hard_locked, created_at FROM account";

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Account> findByUsername(String username) {
    return jdbc.sql(SELECT + " WHERE username = :u")
        .param("u", username)
        .query(this::map)
        .optional();
  }

  public Optional<Account> findById(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
  }

  public List<Account> findAll() {
    return jdbc.sql(SELECT + " ORDER BY role, username").query(this::map).list();
  }

  public List<Account> findByRole(Role role) {
    return jdbc.sql(SELECT + " WHERE role = :r ORDER BY display_name")
        .param("r", role.name())
        .query(this::map)
        .list();
  }

  public Optional<Account> findByClientId(UUID clientId) {
    return jdbc.sql(SELECT + " WHERE client_id = :c")
        .param("c", clientId)
        .query(this::map)
        .optional();
  }

  public boolean isEmpty() {
    return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single() == 0;
  }

  public void insert(Account a) {
    jdbc.sql(
            """
            INSERT INTO account (id, username, password_hash, role, display_name, client_id, enabled,
              failed_logins, locked_until, created_at)
            VALUES (:id, :username, :hash, :role, :name, :client, :enabled, 0, NULL, :created)
            """)
        .param("id", a.id())
        .param("username", a.username())
        .param("hash", a.passwordHash())
        .param("role", a.role().name())
        .param("name", a.displayName())
        .param("client", a.clientId())
        .param("enabled", a.enabled())
        .param("created", OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC))
        .update();
  }

  /**
   * Counts a consecutive failed sign-in of an existing account and locks it for good once {@code
   * hardLockAfter} is reached; returns whether it is now locked.
   */
  public boolean recordFailedLogin(String username, int hardLockAfter) {
    jdbc.sql(
            """
            UPDATE account SET failed_logins = failed_logins + 1,
              hard_locked = CASE WHEN failed_logins + 1 >= :max THEN TRUE ELSE hard_locked END
            WHERE username = :u
            """)
        .param("max", hardLockAfter)
        .param("u", username)
        .update();
    return findByUsername(username).map(Account::hardLocked).orElse(false);
  }

  public void recordSuccessfulLogin(String username) {
    jdbc.sql("UPDATE account SET failed_logins = 0 WHERE username = :u")
        .param("u", username)
        .update();
  }

  public void unlock(UUID id) {
    jdbc.sql("UPDATE account SET failed_logins = 0, hard_locked = FALSE WHERE id = :id")
        .param("id", id)
        .update();
  }

  void setEnabled(UUID id, boolean enabled) {
    jdbc.sql("UPDATE account SET enabled = :e WHERE id = :id")
        .param("e", enabled)
        .param("id", id)
        .update();
  }

  void setRole(UUID id, Role role) {
    jdbc.sql("UPDATE account SET role = :r WHERE id = :id")
        .param("r", role.name())
        .param("id", id)
        .update();
  }

  void setPasswordHash(UUID id, String hash, Instant at) {
    jdbc.sql(
            "UPDATE account SET password_hash = :h, credentials_changed_at = :at,"
                + " failed_logins = 0, hard_locked = FALSE WHERE id = :id")
        .param("h", hash)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("id", id)
        .update();
  }

  /** The encrypted TOTP secret, or null when the person has no second factor. */
  byte[] totpSecret(UUID id) {
    List<byte[]> secret =
        jdbc.sql("SELECT totp_secret FROM account WHERE id = :id")
            .param("id", id)
            .query((rs, n) -> rs.getBytes(1))
            .list();
    return secret.isEmpty() ? null : secret.get(0);
  }

  void setTotpSecret(UUID id, byte[] secret) {
    jdbc.sql("UPDATE account SET totp_secret = :s WHERE id = :id")
        .param("s", secret)
        .param("id", id)
        .update();
  }

  private Account map(ResultSet rs, int rowNum) throws SQLException {
    return new Account(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getString("display_name"),
        rs.getObject("client_id", UUID.class),
        rs.getBoolean("enabled"),
        rs.getInt("failed_logins"),
        rs.getBoolean("hard_locked"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
