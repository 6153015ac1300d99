package org.securebase.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scripts, as REDCap has them: a person creates, names, scopes and revokes their own
 * tokens; a script sends one as {@code Authorization: Bearer <token>} and acts as that person, with
 * the same record-level rules and audit rows. The token (256 random bits) is shown once; only its
 * SHA-256 hash is stored, so a copy of the database holds no usable token.
 */
@Component
public class ApiTokens {

  /** What a token may do: read only (GET), or read and write. */
  public enum Scope {
    READ,
    READ_WRITE;

    static Scope of(String code) {
      if ("read".equals(code)) {
        return READ;
      }
      if ("read-write".equals(code)) {
        return READ_WRITE;
      }
      throw new BadInputException("scope", "use \"read\" or \"read-write\"");
    }

    /** As the API writes it. */
    public String code() {
      return this == READ ? "read" : "read-write";
    }
  }

  /** A token as its owner sees it in the list: never the token itself. */
  public record Token(
      UUID id, String name, Scope scope, Instant createdAt, Instant lastUsedAt, boolean revoked) {

    /** The message key naming the scope on a page. */
    public String scopeKey() {
      return "governance.tokens.scope." + scope.name();
    }
  }

  /** A token just made: the only time the secret is shown. */
  public record Created(UUID id, String name, Scope scope, String token) {}

  /** A token that checked: who it acts for, and what it may do. */
  public record Bearer(SignedInUser user, Scope scope) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final AccountRepository accounts;
  private final AuditLog audit;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, AccountRepository accounts, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Created create(SignedInUser owner, String name, String scopeCode) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 80) {
      throw new BadInputException("name", "give the token a name of 1 to 80 characters");
    }
    Scope scope = Scope.of(scopeCode);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "sb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO api_token (id, account_id, name, token_hash, scope, created_at)
            VALUES (:id, :account, :name, :hash, :scope, :at)
            """)
        .param("id", id)
        .param("account", owner.id())
        .param("name", n)
        .param("hash", hash(token))
        .param("scope", scope.name())
        .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
    audit.record("CREATE_API_TOKEN", "api_token", id);
    return new Created(id, n, scope, token);
  }

  public List<Token> of(SignedInUser owner) {
    return jdbc.sql(
            """
            SELECT id, name, scope, created_at, last_used_at, revoked_at FROM api_token
            WHERE account_id = :a ORDER BY created_at DESC
            """)
        .param("a", owner.id())
        .query(
            (rs, n) -> {
              OffsetDateTime used = rs.getObject(5, OffsetDateTime.class);
              return new Token(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  Scope.valueOf(rs.getString(3)),
                  rs.getObject(4, OffsetDateTime.class).toInstant(),
                  used == null ? null : used.toInstant(),
                  rs.getObject(6, OffsetDateTime.class) != null);
            })
        .list();
  }

  /** Revokes one of the owner's tokens; someone else's token is a 404. */
  @Transactional
  public void revoke(SignedInUser owner, UUID id) {
    int changed =
        jdbc.sql(
                "UPDATE api_token SET revoked_at = :at WHERE id = :id AND account_id = :a"
                    + " AND revoked_at IS NULL")
            .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .param("id", id)
            .param("a", owner.id())
            .update();
    if (changed == 0) {
      throw new RecordNotFoundException("api_token", id);
    }
    audit.record("REVOKE_API_TOKEN", "api_token", id);
  }

  /** The person a presented token acts for, if it is known, not revoked and its account active. */
  public Optional<Bearer> check(String token) {
    if (token == null || !token.startsWith("sb_") || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    var row =
        jdbc.sql(
                "SELECT account_id, scope FROM api_token WHERE token_hash = :h"
                    + " AND revoked_at IS NULL")
            .param("h", hash)
            .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.findById((UUID) row.get()[0]);
    if (account.isEmpty() || !account.get().enabled() || account.get().locked()) {
      return Optional.empty();
    }
    jdbc.sql("UPDATE api_token SET last_used_at = :at WHERE token_hash = :h")
        .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .param("h", hash)
        .update();
    return Optional.of(
        new Bearer(account.get().signedIn(false), Scope.valueOf((String) row.get()[1])));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
