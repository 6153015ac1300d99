package org.securebase.app.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyVaultTest {

  @TempDir Path dir;

  @Test
  void createsKeyFilesReadableOnlyByTheOwner() throws Exception {
    KeyVault.create(dir.resolve("keys"));

    assertThat(Files.getPosixFilePermissions(dir.resolve("keys")))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(dir.resolve("keys").resolve(KeyVault.FIELD_KEY_FILE)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(dir.resolve("keys").resolve(KeyVault.AUDIT_KEY_FILE)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void roundTripsTextAndHidesIt() {
    FieldCipher cipher = new FieldCipher(KeyVault.create(dir.resolve("keys")));
    UUID row = UUID.randomUUID();
    byte[] sealed = cipher.encrypt("she was cold, and overwhelmed herself", "journal", "body", row);

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("cold");
    assertThat(cipher.decrypt(sealed, "journal", "body", row))
        .isEqualTo("she was cold, and overwhelmed herself");
  }

  @Test
  void refusesACiphertextReadAsAnotherRow() {
    FieldCipher cipher = new FieldCipher(KeyVault.create(dir.resolve("keys")));
    byte[] sealed = cipher.encrypt("private", "journal", "body", UUID.randomUUID());

    assertThatThrownBy(() -> cipher.decrypt(sealed, "journal", "body", UUID.randomUUID()))
        .isInstanceOf(FieldCipher.TamperedRecordException.class);
  }

  @Test
  void refusesAnAlteredCiphertext() {
    FieldCipher cipher = new FieldCipher(KeyVault.create(dir.resolve("keys")));
    UUID row = UUID.randomUUID();
    byte[] sealed = cipher.encrypt("private", "journal", "body", row);
    sealed[sealed.length - 1] ^= 1;

    assertThatThrownBy(() -> cipher.decrypt(sealed, "journal", "body", row))
        .isInstanceOf(FieldCipher.TamperedRecordException.class);
  }

  @Test
  void anotherKeyCannotOpenIt() {
    FieldCipher mine = new FieldCipher(KeyVault.create(dir.resolve("mine")));
    FieldCipher theirs = new FieldCipher(KeyVault.create(dir.resolve("theirs")));
    UUID row = UUID.randomUUID();
    byte[] sealed = mine.encrypt("private", "client", "note", row);

    assertThatThrownBy(() -> theirs.decrypt(sealed, "client", "note", row))
        .isInstanceOf(FieldCipher.TamperedRecordException.class);
  }

  @Test
  void aMissingKeyFileIsAClearProblem() {
    assertThatThrownBy(() -> KeyVault.load(dir.resolve("nowhere")))
        .isInstanceOf(KeyProblemException.class)
        .hasMessageContaining("field-encryption.json")
        .hasMessageContaining("missing");
  }

  @Test
  void aCorruptKeyFileIsAClearProblem() throws Exception {
    Path keys = dir.resolve("keys");
    KeyVault.create(keys);
    Files.writeString(keys.resolve(KeyVault.FIELD_KEY_FILE), "{not a keyset");

    assertThatThrownBy(() -> KeyVault.load(keys)).isInstanceOf(KeyProblemException.class);
  }

  @Test
  void theAuditMacVerifiesOnlyWhatItSigned() {
    AuditMac mac = new AuditMac(KeyVault.create(dir.resolve("keys")));
    String tag = mac.tag("1|alice|READ|client|42");

    assertThat(mac.verifies(tag, "1|alice|READ|client|42")).isTrue();
    assertThat(mac.verifies(tag, "1|mallory|READ|client|42")).isFalse();
    assertThat(mac.verifies("not-hex", "1|alice|READ|client|42")).isFalse();
  }

  @Test
  void refusesToLoadAKeyFileOthersCanRead() throws Exception {
    Path keys = dir.resolve("keys");
    KeyVault.create(keys);
    Path field = keys.resolve(KeyVault.FIELD_KEY_FILE);
    Files.setPosixFilePermissions(field, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> KeyVault.load(keys))
        .isInstanceOf(KeyProblemException.class)
        .hasMessageContaining(KeyVault.FIELD_KEY_FILE)
        .hasMessageContaining("other accounts")
        .satisfies(e -> assertThat(((KeyProblemException) e).action()).contains("chmod 600"));

    Files.setPosixFilePermissions(field, PosixFilePermissions.fromString("rw-------"));
    assertThat(KeyVault.load(keys)).isNotNull();
  }

  @Test
  void aListReadMarksAValueThatFailsItsCheckInsteadOfThrowing() {
    java.util.List<String> reported = new java.util.ArrayList<>();
    FieldCipher cipher =
        new FieldCipher(
            KeyVault.create(dir.resolve("keys")),
            (table, column, row) -> {
              reported.add(table + "." + column + "/" + row);
              return "unreadable";
            });
    UUID good = UUID.randomUUID();
    UUID bad = UUID.randomUUID();
    byte[] sealed = cipher.encrypt("fine", "journal_entry", "body", good);

    assertThat(cipher.decryptInList(sealed, "journal_entry", "body", good)).isEqualTo("fine");
    assertThat(cipher.decryptInList(sealed, "journal_entry", "body", bad)).isEqualTo("unreadable");
    assertThat(cipher.decryptInList(null, "journal_entry", "body", bad)).isNull();
    assertThat(reported).containsExactly("journal_entry.body/" + bad);
  }
}
