package org.securebase.app.account;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor: a time-based one-time password (RFC 6238) from an authenticator app,
 * with ten single-use recovery codes for a lost phone. The secret is stored encrypted; the recovery
 * codes only as SHA-256 hashes (each has 80 random bits). A deployment can require it of some roles
 * ({@code securebase.mfa.required-roles}, e.g. ADMIN,CLINICIAN).
 */
@Component
public class TwoFactor {

  private static final String ISSUER = "SecureBase";

  private final AccountRepository accounts;
  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final AuditLog audit;
  private final Clock clock;
  private final CodeVerifier verifier;
  private final Set<Role> required;

  TwoFactor(
      AccountRepository accounts,
      JdbcClient jdbc,
      FieldCipher cipher,
      AuditLog audit,
      Clock clock,
      @Value("${securebase.mfa.required-roles:}") String requiredRoles) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
    // The app's clock, so tests can move time; 30-second steps, one step of drift either way.
    DefaultCodeVerifier v =
        new DefaultCodeVerifier(new DefaultCodeGenerator(), () -> clock.instant().getEpochSecond());
    v.setAllowedTimePeriodDiscrepancy(1);
    this.verifier = v;
    this.required =
        Arrays.stream(requiredRoles.split(","))
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT)))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** A fresh secret for enrolment; nothing is stored until a code from it is confirmed. */
  public String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  /** The QR code an authenticator app scans, as a data URI (the CSP allows data: images). */
  public String qrDataUri(String username, String secret) {
    QrData data =
        new QrData.Builder()
            .label(username)
            .secret(secret)
            .issuer(ISSUER)
            .digits(6)
            .period(30)
            .build();
    try {
      ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
      return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("QR code generation failed", e);
    }
  }

  /** Turns the second factor on once a code from the new secret checks; returns recovery codes. */
  @Transactional
  public List<String> enable(SignedInUser user, String secret, String code) {
    if (secret == null || code == null || !verifier.isValidCode(secret, code.strip())) {
      throw new BadInputException("code", "that code does not match: try the newest one");
    }
    accounts.setTotpSecret(user.id(), cipher.encrypt(secret, "account", "totp_secret", user.id()));
    jdbc.sql("DELETE FROM recovery_code WHERE account_id = :a").param("a", user.id()).update();
    String[] codes = new RecoveryCodeGenerator().generateCodes(10);
    for (String c : codes) {
      jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (:a, :h)")
          .param("a", user.id())
          .param("h", hash(c))
          .update();
    }
    audit.record("ENABLE_SECOND_FACTOR", "account", user.id());
    return List.of(codes);
  }

  @Transactional
  public void disable(UUID accountId) {
    accounts.setTotpSecret(accountId, null);
    jdbc.sql("DELETE FROM recovery_code WHERE account_id = :a").param("a", accountId).update();
    audit.record("DISABLE_SECOND_FACTOR", "account", accountId);
  }

  public boolean enabled(UUID accountId) {
    return accounts.totpSecret(accountId) != null;
  }

  /** Whether this deployment requires a second factor of this role. */
  public boolean requiredFor(Role role) {
    return required.contains(role);
  }

  /**
   * Whether {@code code} completes the sign-in of this account: always, without a second factor;
   * otherwise a current TOTP code or an unused recovery code (which is then used up).
   */
  @Transactional
  public boolean accepts(UUID accountId, String code) {
    byte[] stored = accounts.totpSecret(accountId);
    if (stored == null) {
      return true;
    }
    if (code == null || code.isBlank()) {
      return false;
    }
    String c = code.strip();
    String secret = cipher.decrypt(stored, "account", "totp_secret", accountId);
    if (c.length() == 6 && verifier.isValidCode(secret, c)) {
      return true;
    }
    return jdbc.sql(
                "UPDATE recovery_code SET used_at = :at WHERE account_id = :a AND code_hash = :h"
                    + " AND used_at IS NULL")
            .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .param("a", accountId)
            .param("h", hash(c.toLowerCase(Locale.ROOT)))
            .update()
        == 1;
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
