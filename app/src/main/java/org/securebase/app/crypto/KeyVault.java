package org.securebase.app.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The deployment's two keys, kept as Tink keysets in a folder only the owner can read: an AEAD key
 * (AES-256-GCM) for health information and an HMAC-SHA256 key that chains the audit trail.
 *
 * <p>Keys are created only when asked to (first start of an empty database); otherwise a missing or
 * unreadable file is a {@link KeyProblemException}, never a silent fallback to plaintext.
 */
public final class KeyVault {

  static final String FIELD_KEY_FILE = "field-encryption.json";
  static final String AUDIT_KEY_FILE = "audit-mac.json";

  private final Path folder;
  private final Aead aead;
  private final Mac mac;

  private KeyVault(Path folder, Aead aead, Mac mac) {
    this.folder = folder;
    this.aead = aead;
    this.mac = mac;
  }

  static {
    try {
      AeadConfig.register();
      MacConfig.register();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink could not register its primitives", e);
    }
  }

  /** True when both key files are present in the folder. */
  public static boolean existsIn(Path folder) {
    return Files.exists(folder.resolve(FIELD_KEY_FILE))
        && Files.exists(folder.resolve(AUDIT_KEY_FILE));
  }

  /**
   * Loads the keys from the folder; a missing or unreadable file is a {@link KeyProblemException}.
   */
  public static KeyVault load(Path folder) {
    Path fieldFile = folder.resolve(FIELD_KEY_FILE);
    Path auditFile = folder.resolve(AUDIT_KEY_FILE);
    for (Path file : new Path[] {fieldFile, auditFile}) {
      if (!Files.isReadable(file)) {
        throw new KeyProblemException(
            "The key file " + file.toAbsolutePath() + " is missing or cannot be read.",
            "Restore the key folder from your backup, or set SECUREBASE_KEYS to the folder that"
                + " holds it. SecureBase does not start without its keys.");
      }
      refuseIfOthersCanRead(file);
    }
    try {
      Aead aead = parse(fieldFile).getPrimitive(RegistryConfiguration.get(), Aead.class);
      Mac mac = parse(auditFile).getPrimitive(RegistryConfiguration.get(), Mac.class);
      return new KeyVault(folder, aead, mac);
    } catch (GeneralSecurityException e) {
      throw new KeyProblemException(
          "The key files in " + folder.toAbsolutePath() + " hold no usable key of the right type.",
          "Restore the key folder from your backup.",
          e);
    }
  }

  /** Creates both keys in a new owner-only folder and returns them. Refuses to overwrite a key. */
  public static KeyVault create(Path folder) {
    try {
      Files.createDirectories(folder);
      restrictToOwner(folder, "rwx------");
      write(
          folder.resolve(FIELD_KEY_FILE),
          KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
      write(
          folder.resolve(AUDIT_KEY_FILE),
          KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG));
    } catch (GeneralSecurityException | IOException e) {
      throw new KeyProblemException(
          "Could not create the key files in " + folder.toAbsolutePath() + ": " + e.getMessage(),
          "Check that the data folder is writable by the account running SecureBase.",
          e);
    }
    return load(folder);
  }

  public Path folder() {
    return folder;
  }

  Aead aead() {
    return aead;
  }

  Mac mac() {
    return mac;
  }

  private static KeysetHandle parse(Path file) throws GeneralSecurityException {
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(
          Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
    } catch (IOException e) {
      throw new KeyProblemException(
          "The key file " + file.toAbsolutePath() + " cannot be read: " + e.getMessage(),
          "Check the file's owner and permissions.",
          e);
    }
  }

  private static void write(Path file, KeysetHandle keys)
      throws GeneralSecurityException, IOException {
    String json = TinkJsonProtoKeysetFormat.serializeKeyset(keys, InsecureSecretKeyAccess.get());
    // Create the file owner-only before any key byte is written, so it is never readable by others.
    Files.createFile(file);
    restrictToOwner(file, "rw-------");
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }

  /**
   * A key another account on the machine can read is a key that may have been copied: SecureBase
   * will not start with it until it is owner-only again.
   */
  static void refuseIfOthersCanRead(Path file) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (IOException e) {
      return;
    }
    Set<PosixFilePermission> others =
        EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE);
    others.retainAll(permissions);
    if (!others.isEmpty()) {
      throw new KeyProblemException(
          "The key file "
              + file.toAbsolutePath()
              + " can be read or changed by other accounts on this machine (its permissions are "
              + PosixFilePermissions.toString(permissions)
              + ").",
          "Make it owner-only (chmod 600 "
              + file.toAbsolutePath()
              + ", and chmod 700 its folder), and consider whether the key was copied: if it"
              + " may have been, plan a key rotation. SecureBase does not start with a key others"
              + " can read.");
    }
  }

  private static void restrictToOwner(Path path, String permissions) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
  }
}
