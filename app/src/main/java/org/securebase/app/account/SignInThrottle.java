package org.securebase.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.securebase.app.crypto.PseudonymMac;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate limiting of sign-in as NIST SP 800-63B (2017, section 5.2.2) asks for: growing delays, not a
 * lock that anyone can trigger. Consecutive failures are counted per typed username and per
 * address; after {@code freeTries} each further failure doubles the wait before the next try is
 * even looked at (1 s, 2 s, 4 s ...), capped at {@code accountCap} for a username and {@code
 * addressCap} for an address. So an attacker elsewhere can delay an account's owner by at most
 * {@code accountCap} (60 s by default), while one address that keeps guessing waits up to {@code
 * addressCap}. The hard lock (an administrator unlocks) comes only after {@code hardLockAfter}
 * consecutive failures of an existing account (100 by default, the most NIST allows), kept on the
 * account itself.
 *
 * <p>Rows are keyed by a keyed hash (HMAC with the deployment's key), so no typed username (which
 * may be a mistyped password) and no address is stored in clear; they live in the database, so
 * every server of a deployment counts the same failures. A count older than {@code window} starts
 * again.
 */
@Component
public class SignInThrottle {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int freeTries;
  private final int addressFreeTries;
  private final Duration accountCap;
  private final Duration addressCap;
  private final Duration window;
  private final PseudonymMac mac;

  SignInThrottle(
      PseudonymMac mac,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${securebase.login.free-tries:3}") int freeTries,
      @Value("${securebase.login.address-free-tries:10}") int addressFreeTries,
      @Value("${securebase.login.account-delay-cap:60s}") Duration accountCap,
      @Value("${securebase.login.address-delay-cap:15m}") Duration addressCap,
      @Value("${securebase.login.window:1h}") Duration window) {
    this.mac = mac;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.clock = clock;
    this.freeTries = freeTries;
    this.addressFreeTries = addressFreeTries;
    this.accountCap = accountCap;
    this.addressCap = addressCap;
    this.window = window;
  }

  /**
   * Whether a try for this username from this address must wait; the answer is the same refusal.
   */
  public boolean mustWait(String username, String address) {
    Instant now = clock.instant();
    return waitsUntil(accountKey(username)).isAfter(now)
        || waitsUntil(addressKey(address)).isAfter(now);
  }

  /** Counts a failure for the username and the address. */
  public void failed(String username, String address) {
    count(accountKey(username), freeTries, accountCap);
    count(addressKey(address), addressFreeTries, addressCap);
  }

  /**
   * Someone got in: their username and their address start again from nothing, so a clinic behind
   * one shared address is not slowed by its own typing mistakes.
   */
  public void succeeded(String username, String address) {
    jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key IN (:k, :a)")
        .param("k", accountKey(username))
        .param("a", addressKey(address))
        .update();
  }

  /** An administrator unlocked the account: its username may try again at once. */
  public void forget(String username) {
    jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :k")
        .param("k", accountKey(username))
        .update();
  }

  /** When the next try for this username is looked at (for tests and the account page). */
  public Instant nextTryFor(String username) {
    return waitsUntil(accountKey(username));
  }

  /** When the next try from this address is looked at. */
  public Instant nextTryForAddress(String address) {
    return waitsUntil(addressKey(address));
  }

  /** The wait after {@code failures} consecutive failures, before the cap. */
  static Duration delayAfter(int failures, int free, Duration cap) {
    if (failures <= free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free - 1, 30);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  private Instant waitsUntil(String key) {
    return jdbc.sql("SELECT next_try_at FROM sign_in_throttle WHERE throttle_key = :k")
        .param("k", key)
        .query(OffsetDateTime.class)
        .optional()
        .map(OffsetDateTime::toInstant)
        .orElse(Instant.EPOCH);
  }

  private void count(String key, int free, Duration cap) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        transactions.executeWithoutResult(status -> countOnce(key, free, cap));
        return;
      } catch (DuplicateKeyException raced) {
        // Another server inserted the first failure at the same moment: count on top of it.
      }
    }
  }

  private void countOnce(String key, int free, Duration cap) {
    Instant now = clock.instant();
    var row =
        jdbc.sql(
                "SELECT failures, last_failure_at FROM sign_in_throttle WHERE throttle_key = :k"
                    + " FOR UPDATE")
            .param("k", key)
            .query(
                (rs, n) ->
                    new Object[] {rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()})
            .optional();
    int failures =
        row.isEmpty() || ((Instant) row.get()[1]).plus(window).isBefore(now)
            ? 1
            : (Integer) row.get()[0] + 1;
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    OffsetDateTime next =
        OffsetDateTime.ofInstant(now.plus(delayAfter(failures, free, cap)), ZoneOffset.UTC);
    if (row.isPresent()) {
      jdbc.sql(
              "UPDATE sign_in_throttle SET failures = :f, last_failure_at = :at, next_try_at = :next"
                  + " WHERE throttle_key = :k")
          .param("f", failures)
          .param("at", at)
          .param("next", next)
          .param("k", key)
          .update();
    } else {
      jdbc.sql(
              "INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, next_try_at)"
                  + " VALUES (:k, :f, :at, :next)")
          .param("k", key)
          .param("f", failures)
          .param("at", at)
          .param("next", next)
          .update();
    }
  }

  String accountKey(String username) {
    return mac.pseudonym(
        "sign-in",
        "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
  }

  String addressKey(String address) {
    return mac.pseudonym("sign-in", "address:" + (address == null ? "" : address));
  }
}
