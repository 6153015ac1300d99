package org.securebase.app.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The keyed MAC that chains audit rows. Keyed, not a bare hash, so that someone who can write to
 * the database cannot recompute the chain after altering a row.
 */
public final class AuditMac {

  private final KeyVault keys;

  public AuditMac(KeyVault keys) {
    this.keys = keys;
  }

  /** Hex MAC tag of the canonical text. */
  public String tag(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(keys.mac().computeMac(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("MAC computation failed", e);
    }
  }

  /** True when {@code hexTag} is the MAC of the canonical text. */
  public boolean verifies(String hexTag, String canonical) {
    try {
      keys.mac()
          .verifyMac(HexFormat.of().parseHex(hexTag), canonical.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
