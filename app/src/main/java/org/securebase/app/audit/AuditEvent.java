package org.securebase.app.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One event of the audit trail: who did what to which record, when, from where, and whether it was
 * allowed. {@code mac} is written with the event; {@code seq} and {@code sealMac} are added by the
 * sealer when it gives the event its place in the trail ({@code seq} is null until then).
 *
 * <p>Rows written before V7 carry {@code legacyPrevMac}: their MAC covers their seq and the link to
 * the row before, exactly as when they were written, so they still verify.
 */
public record AuditEvent(
    UUID id,
    Long seq,
    Instant occurredAt,
    String actor,
    String actorRole,
    String action,
    String recordType,
    String recordId,
    String remoteAddr,
    String outcome,
    String mac,
    String legacyPrevMac,
    String sealMac) {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final String SEP = "\u001f";

  /** When it happened, in UTC, to the second, for people to read. */
  public String occurredAtUtc() {
    return SHOWN.format(occurredAt);
  }

  /** True once the sealer has put the event in the trail's order. */
  public boolean sealed() {
    return seq != null;
  }

  boolean legacy() {
    return legacyPrevMac != null;
  }

  /** The exact text {@code mac} covers; changing any field changes it. */
  String canonical() {
    if (legacy()) {
      // The V1-V6 format, unchanged, so those rows verify with the MACs they were written with.
      return String.join(
          SEP,
          Long.toString(seq),
          occurredAt.toString(),
          actor,
          actorRole,
          action,
          recordType,
          recordId,
          remoteAddr,
          outcome,
          legacyPrevMac);
    }
    return String.join(
        SEP,
        "v7",
        id.toString(),
        occurredAt.toString(),
        actor,
        actorRole,
        action,
        recordType,
        recordId,
        remoteAddr,
        outcome);
  }

  /** The bytes hashed as this event's leaf of the Merkle tree: the event and its MAC. */
  byte[] leafEntry() {
    return (canonical() + SEP + mac).getBytes(StandardCharsets.UTF_8);
  }

  /** The text {@code sealMac} covers: this event, by its MAC, at this place in the trail. */
  static String sealCanonical(long seq, String mac) {
    return String.join(SEP, "seal", Long.toString(seq), mac);
  }
}
