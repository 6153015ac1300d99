package org.securebase.app.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes for de-identified research data: a participant's pseudonym and a date shift, both
 * derived with the deployment's HMAC-SHA256 key from the study and the participant's study id.
 *
 * <p>Keyed, not a bare hash, so that someone holding an export cannot recompute a pseudonym from a
 * guessed participant id; the key never leaves the deployment. Each purpose has its own input
 * prefix (domain separation), so a pseudonym says nothing about a date shift, nor about the audit
 * chain that uses the same key. The same study and participant always give the same pseudonym and
 * shift, so exports made at different times can be joined. Thread-safe.
 */
@Component
public final class PseudonymMac {

  /** Longest date shift in days: dates move back by 1 to this many days. */
  public static final int MAX_SHIFT_DAYS = 364;

  private final KeyVault keys;

  public PseudonymMac(KeyVault keys) {
    this.keys = keys;
  }

  /**
   * A 16-hex-digit pseudonym of the participant, stable within the study, e.g. {@code p3fa9...}.
   */
  public String pseudonym(String scope, String participant) {
    return "p" + HexFormat.of().formatHex(digest("pseudonym", scope, participant), 0, 8);
  }

  /**
   * The participant's date shift in days, from -{@value #MAX_SHIFT_DAYS} to -1: the same for every
   * date of this participant in this study, different between participants.
   */
  public int dayShift(String scope, String participant) {
    byte[] d = digest("date-shift", scope, participant);
    long v =
        ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
    return -(int) (1 + v % MAX_SHIFT_DAYS);
  }

  private byte[] digest(String purpose, String scope, String participant) {
    String input =
        "securebase/v1/" + purpose + "/" + scope.length() + ":" + scope + "/" + participant;
    try {
      byte[] tag = keys.mac().computeMac(input.getBytes(StandardCharsets.UTF_8));
      // Tink prefixes the tag with a key id; the HMAC itself is the last 32 bytes.
      return Arrays.copyOfRange(tag, tag.length - 32, tag.length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("MAC computation failed", e);
    }
  }
}
