package org.securebase.app.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way a client account comes to open a client record: the client's own clinician makes a
 * one-time code and hands it over in person; the client types it in with a username and password of
 * their choosing. An administrator cannot link an account to a client record, so no single person
 * outside the client's care can reach a client's space.
 *
 * <p>Only a SHA-256 hash of the code is stored (the code has 60 random bits, so a hash without a
 * salt is enough); a code works once and for {@link #VALID_FOR}.
 */
@Component
public class ClientInvitations {

  static final Duration VALID_FOR = Duration.ofDays(7);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Caseload caseload;
  private final Accounts accounts;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  ClientInvitations(
      Caseload caseload, Accounts accounts, JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.caseload = caseload;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new code for a client of this clinician's own (404 for anyone else's client). */
  @Transactional
  public String invite(UUID clientId, SignedInUser clinician) {
    caseload.read(clientId, clinician);
    if (accounts.hasClientAccount(clientId)) {
      throw new BadInputException("client", "this client has an account already");
    }
    String code = newCode();
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO client_invitation (id, client_id, code_hash, created_by, created_at,
              expires_at) VALUES (:id, :client, :hash, :by, :at, :expires)
            """)
        .param("id", id)
        .param("client", clientId)
        .param("hash", hash(code))
        .param("by", clinician.id())
        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("expires", OffsetDateTime.ofInstant(now.plus(VALID_FOR), ZoneOffset.UTC))
        .update();
    audit.record("INVITE_CLIENT", Caseload.RECORD_TYPE, clientId);
    return code;
  }

  /**
   * Opens the client's account with the code. A wrong, used or expired code is the same 400, so the
   * answer tells a guesser nothing about which codes exist.
   */
  @Transactional
  public Account redeem(String code, String username, String password, String displayName) {
    String normalized = code == null ? "" : code.strip().toUpperCase().replace(" ", "");
    UUID clientId =
        jdbc.sql(
                """
                SELECT client_id FROM client_invitation WHERE code_hash = :hash
                  AND used_at IS NULL AND expires_at > :now
                """)
            .param("hash", hash(normalized))
            .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .query(UUID.class)
            .optional()
            .orElseThrow(
                () ->
                    new BadInputException(
                        "code", "this code is not valid: ask your clinician for a new one"));
    Account account =
        accounts.openForInvitedClient(
            new Accounts.NewAccount(
                username, password, org.securebase.app.kernel.Role.CLIENT, displayName, clientId));
    int used =
        jdbc.sql(
                "UPDATE client_invitation SET used_at = :now WHERE code_hash = :hash"
                    + " AND used_at IS NULL")
            .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .param("hash", hash(normalized))
            .update();
    if (used != 1) {
      throw new BadInputException(
          "code", "this code is not valid: ask your clinician for a new one");
    }
    return account;
  }

  /** Whether the client record already has its account. */
  public boolean hasAccount(UUID clientId) {
    return accounts.hasClientAccount(clientId);
  }

  private static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  static String hash(String code) {
    try {
      String normalized = code.replace("-", "");
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normalized.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
