package org.securebase.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's life after it is opened: an administrator disables and re-enables it, unlocks it,
 * changes its role and issues a one-time link to set a new password; a person changes their own
 * password. Every step is audited. An administrator never learns or sets anyone's password: the
 * reset link lets the person choose one.
 */
@Component
public class AccountLifecycle {

  static final Duration RESET_VALID_FOR = Duration.ofHours(24);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final SignInThrottle throttle;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  AccountLifecycle(
      AccountRepository accounts,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      SignInThrottle throttle,
      JdbcClient jdbc,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
    this.throttle = throttle;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void setEnabled(UUID id, boolean enabled, SignedInUser admin) {
    Account account = existing(id);
    if (!enabled && account.id().equals(admin.id())) {
      throw new BadInputException("enabled", "you cannot disable your own account");
    }
    accounts.setEnabled(id, enabled);
    audit.record(enabled ? "ENABLE_ACCOUNT" : "DISABLE_ACCOUNT", "account", id);
  }

  /** Unlocks an account locked after many failures, and lets it try again at once. */
  @Transactional
  public void unlock(UUID id) {
    Account account = existing(id);
    accounts.unlock(id);
    throttle.forget(account.username());
    audit.record("UNLOCK", "account", id);
  }

  /**
   * Changes a role. A client account keeps its role (it is tied to a client record by the
   * clinician's invitation), and no account becomes a client account this way.
   */
  @Transactional
  public void changeRole(UUID id, Role role, SignedInUser admin) {
    Account account = existing(id);
    if (role == null) {
      throw new BadInputException("role", "choose a role");
    }
    if (account.role() == Role.CLIENT || role == Role.CLIENT) {
      throw new BadInputException("role", "a client account's role is not changed here");
    }
    if (account.id().equals(admin.id())) {
      throw new BadInputException("role", "you cannot change your own role");
    }
    accounts.setRole(id, role);
    audit.record("CHANGE_ROLE", "account", id);
  }

  /** A one-time code for a password reset link, valid for {@link #RESET_VALID_FOR}. */
  @Transactional
  public String issueReset(UUID id, SignedInUser admin) {
    existing(id);
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO password_reset (id, account_id, code_hash, created_by, created_at,
              expires_at) VALUES (:id, :a, :h, :by, :at, :expires)
            """)
        .param("id", UUID.randomUUID())
        .param("a", id)
        .param("h", hash(code))
        .param("by", admin.username())
        .param("at", now)
        .param("expires", now.plus(RESET_VALID_FOR))
        .update();
    audit.record("ISSUE_PASSWORD_RESET", "account", id);
    return code;
  }

  /** Sets a new password with a reset code; the code works once. */
  @Transactional
  public void resetPassword(String code, String newPassword) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    UUID accountId =
        jdbc.sql(
                "SELECT account_id FROM password_reset WHERE code_hash = :h AND used_at IS NULL"
                    + " AND expires_at > :now")
            .param("h", hash(code == null ? "" : code.strip()))
            .param("now", now)
            .query(UUID.class)
            .optional()
            .orElseThrow(
                () ->
                    new BadInputException(
                        "code", "this link is not valid any more: ask for a new one"));
    policy.check("password", newPassword);
    jdbc.sql("UPDATE password_reset SET used_at = :now WHERE code_hash = :h")
        .param("now", now)
        .param("h", hash(code.strip()))
        .update();
    accounts.setPasswordHash(accountId, passwords.encode(newPassword), clock.instant());
    audit.recordAs("-", "NONE", "RESET_PASSWORD", "account", accountId, "ALLOWED");
  }

  /** A person changes their own password, with their current one. */
  @Transactional
  public void changeOwnPassword(SignedInUser user, String current, String newPassword) {
    Account account = existing(user.id());
    if (current == null
        || current.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES
        || !passwords.matches(current, account.passwordHash())) {
      throw new BadInputException("current", "that is not your current password");
    }
    policy.check("password", newPassword);
    accounts.setPasswordHash(user.id(), passwords.encode(newPassword), clock.instant());
    audit.record("CHANGE_PASSWORD", "account", user.id());
  }

  private Account existing(UUID id) {
    return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("account", id));
  }

  private static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
