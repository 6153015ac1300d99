package org.securebase.app.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opens the deployment's keys at start-up and proves they belong to this database.
 *
 * <p>The database keeps one ciphertext (and one MAC) written when it was first opened. A key that
 * cannot open it stops start-up; key files missing beside a database that has encrypted data stop
 * start-up; keys are created only for a database that has never held any.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

  private static final String CHECK_TEXT = "securebase key check";
  private static final java.util.UUID CHECK_ROW =
      java.util.UUID.fromString("00000000-0000-0000-0000-00000000000c");

  @Bean
  KeyVault keyVault(
      JdbcClient jdbc,
      @Value("${securebase.keys.dir}") Path folder,
      @Value("${securebase.keys.create-if-missing:false}") boolean createIfMissing) {
    Optional<byte[]> storedCheck =
        jdbc.sql("SELECT ciphertext FROM key_check WHERE id = 1").query(byte[].class).optional();
    KeyVault vault;
    if (KeyVault.existsIn(folder)) {
      vault = KeyVault.load(folder);
    } else if (storedCheck.isPresent()) {
      throw new KeyProblemException(
          "The key files are missing from "
              + folder.toAbsolutePath()
              + ", but this database holds data encrypted with them.",
          "Restore the key folder from your backup, or set SECUREBASE_KEYS to the folder that holds"
              + " it. SecureBase never writes health information unencrypted, so it will not start"
              + " without its keys.");
    } else if (createIfMissing) {
      vault = KeyVault.create(folder);
    } else {
      throw new KeyProblemException(
          "No key files in " + folder.toAbsolutePath() + " and key creation is switched off.",
          "Set SECUREBASE_KEYS to the deployment's key folder.");
    }

    FieldCipher cipher = new FieldCipher(vault);
    AuditMac mac = new AuditMac(vault);
    if (storedCheck.isPresent()) {
      String macTag =
          jdbc.sql("SELECT ciphertext FROM key_check WHERE id = 2")
              .query(byte[].class)
              .optional()
              .map(b -> new String(b, StandardCharsets.US_ASCII))
              .orElse("");
      boolean opens;
      try {
        opens =
            CHECK_TEXT.equals(
                cipher.decrypt(storedCheck.get(), "key_check", "ciphertext", CHECK_ROW));
      } catch (FieldCipher.TamperedRecordException e) {
        opens = false;
      }
      if (!opens || !mac.verifies(macTag, CHECK_TEXT)) {
        throw new KeyProblemException(
            "The keys in "
                + folder.toAbsolutePath()
                + " are not the keys this database was written with (the key check failed).",
            "Point SECUREBASE_KEYS at this database's own key folder. Do not create new keys for an"
                + " existing database: its encrypted records could no longer be read.");
      }
    } else {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      jdbc.sql("INSERT INTO key_check (id, ciphertext, created_at) VALUES (1, :c, :t)")
          .param("c", cipher.encrypt(CHECK_TEXT, "key_check", "ciphertext", CHECK_ROW))
          .param("t", now)
          .update();
      jdbc.sql("INSERT INTO key_check (id, ciphertext, created_at) VALUES (2, :c, :t)")
          .param("c", mac.tag(CHECK_TEXT).getBytes(StandardCharsets.US_ASCII))
          .param("t", now)
          .update();
    }
    return vault;
  }

  @Bean
  FieldCipher fieldCipher(KeyVault vault, FieldCipher.UnreadableValues unreadable) {
    return new FieldCipher(vault, unreadable);
  }

  @Bean
  AuditMac auditMac(KeyVault vault) {
    return new AuditMac(vault);
  }
}
