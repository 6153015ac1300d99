package org.securebase.app.study;

import java.time.LocalDate;
import org.securebase.app.crypto.PseudonymMac;

/**
 * Keyed pseudonyms and date shifts of one study. Remembers only the last participant, since rows
 * come in participant order.
 */
final class Pseudonyms {
  private final PseudonymMac mac;
  private final String scope;
  private String lastCode;
  private String lastPseudonym;
  private String lastShiftCode;
  private int lastShift;

  Pseudonyms(PseudonymMac mac, String scope) {
    this.mac = mac;
    this.scope = scope;
  }

  String of(String code) {
    if (!code.equals(lastCode)) {
      lastPseudonym = mac.pseudonym(scope, code);
      lastCode = code;
    }
    return lastPseudonym;
  }

  LocalDate shift(String code, LocalDate date) {
    if (!code.equals(lastShiftCode)) {
      lastShift = mac.dayShift(scope, code);
      lastShiftCode = code;
    }
    return date.plusDays(lastShift);
  }
}
