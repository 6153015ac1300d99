package org.securebase.app.audit;

import java.time.Instant;

/**
 * One row of the audit trail: who did what to which record, when, from where, and whether it was
 * allowed. {@code prevMac} and {@code mac} chain it to the row before.
 */
public record AuditEvent(
    long seq,
    Instant occurredAt,
    String actor,
    String actorRole,
    String action,
    String recordType,
    String recordId,
    String remoteAddr,
    String outcome,
    String prevMac,
    String mac) {

  private static final java.time.format.DateTimeFormatter SHOWN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
          .withZone(java.time.ZoneOffset.UTC);

  /** When it happened, in UTC, to the second, for people to read. */
  public String occurredAtUtc() {
    return SHOWN.format(occurredAt);
  }

  /** The exact text the MAC covers; changing any field changes it. */
  String canonical() {
    return String.join(
        "\u001f",
        Long.toString(seq),
        occurredAt.toString(),
        actor,
        actorRole,
        action,
        recordType,
        recordId,
        remoteAddr,
        outcome,
        prevMac);
  }
}
