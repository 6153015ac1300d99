package org.securebase.app.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Encrypts free text that can hold health information before it reaches the database.
 *
 * <p>Each ciphertext is bound (as AEAD associated data) to its table, column and row, so a value
 * copied into another row or column fails to decrypt instead of showing someone else's notes.
 * Thread-safe.
 */
public final class FieldCipher {

  private final KeyVault keys;
  private final UnreadableValues unreadable;

  /** A cipher whose list reads throw on a value that does not verify, like single reads. */
  public FieldCipher(KeyVault keys) {
    this(
        keys,
        (table, column, row) -> {
          throw new TamperedRecordException(table, column, row);
        });
  }

  /** A cipher whose list reads hand a value that does not verify to {@code unreadable}. */
  public FieldCipher(KeyVault keys, UnreadableValues unreadable) {
    this.keys = keys;
    this.unreadable = unreadable;
  }

  /** Ciphertext of {@code plaintext}, or null for null. */
  public byte[] encrypt(String plaintext, String table, String column, UUID row) {
    if (plaintext == null) {
      return null;
    }
    try {
      return keys.aead()
          .encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context(table, column, row));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed for " + table + "." + column, e);
    }
  }

  /** Plaintext of {@code ciphertext}, or null for null; a tampered or misplaced value throws. */
  public String decrypt(byte[] ciphertext, String table, String column, UUID row) {
    if (ciphertext == null) {
      return null;
    }
    try {
      return new String(
          keys.aead().decrypt(ciphertext, context(table, column, row)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new TamperedRecordException(table, column, row);
    }
  }

  /**
   * Plaintext of {@code ciphertext} for one row of a list, or null for null. A value that does not
   * verify does not fail the whole list: it is replaced by the marker {@link UnreadableValues}
   * gives (which also puts the failure on record), so the page shows every other row.
   */
  public String decryptInList(byte[] ciphertext, String table, String column, UUID row) {
    if (ciphertext == null) {
      return null;
    }
    try {
      return decrypt(ciphertext, table, column, row);
    } catch (TamperedRecordException e) {
      return unreadable.marker(table, column, row);
    }
  }

  /**
   * Ciphertext of binary content (a rendered practice's audio), bound to its table, column and row
   * like text; null for null.
   */
  public byte[] encryptBytes(byte[] plaintext, String table, String column, UUID row) {
    if (plaintext == null) {
      return null;
    }
    try {
      return keys.aead().encrypt(plaintext, context(table, column, row));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed for " + table + "." + column, e);
    }
  }

  /** Plaintext bytes of {@code ciphertext}, or null for null; a tampered value throws. */
  public byte[] decryptBytes(byte[] ciphertext, String table, String column, UUID row) {
    if (ciphertext == null) {
      return null;
    }
    try {
      return keys.aead().decrypt(ciphertext, context(table, column, row));
    } catch (GeneralSecurityException e) {
      throw new TamperedRecordException(table, column, row);
    }
  }

  private static byte[] context(String table, String column, UUID row) {
    return ("securebase/v1/" + table + "." + column + "/" + row).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What a list shows in place of a stored value that did not verify; an implementation also
   * records the failure, since a value that fails its check was altered or written with another
   * key.
   */
  @FunctionalInterface
  public interface UnreadableValues {
    /** The text shown instead of the value in {@code table.column} of record {@code row}. */
    String marker(String table, String column, UUID row);
  }

  /**
   * A stored ciphertext did not verify: altered, moved between rows, or written with another key.
   */
  public static final class TamperedRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TamperedRecordException(String table, String column, UUID row) {
      super(
          "The encrypted value in "
              + table
              + "."
              + column
              + " for record "
              + row
              + " failed its integrity check; it was altered or written with another key.");
    }
  }
}
