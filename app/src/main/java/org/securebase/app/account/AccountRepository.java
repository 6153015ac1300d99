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
          + " locked_until, created_at FROM account";

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

  /** Counts a failed sign-in and locks the account once {@code maxFailures} is reached. */
  public void recordFailedLogin(String username, int maxFailures, Instant lockUntil) {
    jdbc.sql(
            """
            UPDATE account SET failed_logins = failed_logins + 1,
              locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
            WHERE username = :u
            """)
        .param("max", maxFailures)
        .param("until", OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC))
        .param("u", username)
        .update();
  }

  public void recordSuccessfulLogin(String username) {
    jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = :u")
        .param("u", username)
        .update();
  }

  public void unlock(UUID id) {
    jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = :id")
        .param("id", id)
        .update();
  }

  private Account map(ResultSet rs, int rowNum) throws SQLException {
    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
    return new Account(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getString("display_name"),
        rs.getObject("client_id", UUID.class),
        rs.getBoolean("enabled"),
        rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant(),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
