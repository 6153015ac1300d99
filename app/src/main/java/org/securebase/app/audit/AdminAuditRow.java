package org.securebase.app.audit;

import java.time.Instant;
import java.util.Set;

/**
 * One audit event as the administrator's page shows it: who acted, their role, whether it was a
 * read, a write, a sign-in or refused, the kind of record, when and from where. The record's id and
 * the exact action are left out, so the page never tells an administrator a clinical fact (which
 * client wrote words that raised a crisis flag, which client a clinician opened). The stored row is
 * unchanged and its chain still verifies.
 */
public record AdminAuditRow(
    Long seq,
    Instant occurredAt,
    String actor,
    String actorRole,
    Kind kind,
    String recordType,
    String remoteAddr) {

  /**
   * The message key of the actor's role ({@code role.CLINICIAN}), or null for an actor without one
   * of SecureBase's roles (the system itself): the page shows a role in words, never its name in
   * code.
   */
  public String roleKey() {
    if (actorRole == null) {
      return null;
    }
    for (org.securebase.app.kernel.Role role : org.securebase.app.kernel.Role.values()) {
      if (role.name().equals(actorRole)) {
        return role.messageKey();
      }
    }
    return null;
  }

  /** The message key of the kind of access ({@code governance.audit.kind.READ} ...). */
  public String kindKey() {
    return "governance.audit.kind." + kind;
  }

  /** What kind of access an event was. */
  public enum Kind {
    READ,
    WRITE,
    SIGN_IN,
    REFUSED
  }

  private static final Set<String> READS =
      Set.of("READ", "LIST", "VIEW", "SEARCH", "DOWNLOAD", "PRINT", "VERIFY");

  /** Record types that would themselves state a clinical fact; shown as the client's record. */
  private static final Set<String> CLINICAL_FACTS = Set.of("crisis_flag");

  private static final java.time.format.DateTimeFormatter SHOWN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
          .withZone(java.time.ZoneOffset.UTC);

  static AdminAuditRow of(AuditEvent e) {
    boolean allowed = "ALLOWED".equals(e.outcome());
    String action = e.action() == null ? "" : e.action();
    Kind kind;
    if (!allowed) {
      kind = Kind.REFUSED;
    } else if (action.equals("SIGN_IN")) {
      kind = Kind.SIGN_IN;
    } else if (READS.contains(action) || action.startsWith("EXPORT")) {
      kind = Kind.READ;
    } else {
      kind = Kind.WRITE;
    }
    String type = CLINICAL_FACTS.contains(e.recordType()) ? "client" : e.recordType();
    if (action.equals("FLAG")) {
      // Rows written before crisis flags were recorded as a write of the client's record.
      kind = Kind.WRITE;
      type = "client";
    }
    return new AdminAuditRow(
        e.seq(), e.occurredAt(), e.actor(), e.actorRole(), kind, type, e.remoteAddr());
  }

  /** When it happened, in UTC, to the second. */
  public String occurredAtUtc() {
    return SHOWN.format(occurredAt);
  }
}
