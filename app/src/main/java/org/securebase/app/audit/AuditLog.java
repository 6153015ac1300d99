package org.securebase.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.securebase.app.crypto.AuditMac;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Every read and write of clinical data calls this.
 *
 * <p>An append is one INSERT of an event with a random id and its own MAC: no lock, no counter,
 * nothing two requests share, so requests on any number of servers append side by side. The event's
 * place in the trail is given later by {@link AuditSealer}, which orders only committed events, so
 * an event whose transaction rolled back leaves no hole.
 *
 * <p>Called inside a write's transaction, the event commits or rolls back with the write it
 * describes. Called from a read-only transaction, or outside any, it commits on its own at once
 * (through {@link AuditConnections}), before the data is shown: a read is on record even if the
 * page then fails.
 */
@Component
public class AuditLog {

  private final JdbcClient jdbc;
  private final AuditConnections connections;
  private final AuditMac mac;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, AuditConnections connections, AuditMac mac, Clock clock) {
    this.jdbc = jdbc;
    this.connections = connections;
    this.mac = mac;
    this.clock = clock;
  }

  /** Records an allowed action by the current user. */
  public void record(String action, String recordType, Object recordId) {
    append(action, recordType, recordId, "ALLOWED", false);
  }

  /**
   * Records a refused action by the current user. It commits on its own, so the refusal stays on
   * record when the request then fails.
   */
  public void denied(String action, String recordType, Object recordId) {
    append(action, recordType, recordId, "DENIED", true);
  }

  /**
   * Records an action by the current user that could not be carried out (a stored value that failed
   * its integrity check). Like a refusal it commits on its own.
   */
  public void failed(String action, String recordType, Object recordId) {
    append(action, recordType, recordId, "FAILED", true);
  }

  /** Records an action with an explicit actor, for the command line and sign-in events. */
  public void recordAs(
      String actor,
      String role,
      String action,
      String recordType,
      Object recordId,
      String outcome) {
    insert(
        event(actor, role, action, recordType, String.valueOf(recordId), outcome), writer(false));
  }

  private void append(
      String action, String recordType, Object recordId, String outcome, boolean onItsOwn) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String actor = auth == null ? "system" : auth.getName();
    String role =
        auth == null
            ? "SYSTEM"
            : auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .findFirst()
                .orElse("NONE");
    insert(
        event(actor, role, action, recordType, String.valueOf(recordId), outcome),
        writer(onItsOwn));
  }

  /** The caller's read-write transaction if there is one (and the event belongs to it). */
  private JdbcClient writer(boolean onItsOwn) {
    boolean inWrite =
        TransactionSynchronizationManager.isActualTransactionActive()
            && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    return inWrite && !onItsOwn ? jdbc : connections.autonomous();
  }

  private AuditEvent event(
      String actor,
      String role,
      String action,
      String recordType,
      String recordId,
      String outcome) {
    // Microseconds: the precision both PostgreSQL and H2 keep, so the MAC verifies after a
    // read-back.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AuditEvent unsigned =
        new AuditEvent(
            UUID.randomUUID(),
            null,
            now,
            clip(actor, 80),
            clip(role, 20),
            clip(action, 40),
            clip(recordType, 40),
            clip(recordId, 64),
            clip(remoteAddress(), 64),
            clip(outcome, 20),
            "",
            null,
            null);
    return withMac(unsigned, mac.tag(unsigned.canonical()));
  }

  private static AuditEvent withMac(AuditEvent e, String tag) {
    return new AuditEvent(
        e.id(),
        null,
        e.occurredAt(),
        e.actor(),
        e.actorRole(),
        e.action(),
        e.recordType(),
        e.recordId(),
        e.remoteAddr(),
        e.outcome(),
        tag,
        null,
        null);
  }

  private static void insert(AuditEvent e, JdbcClient into) {
    into.sql(
            """
            INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, record_type,
              record_id, remote_addr, outcome, mac)
            VALUES (:id, :at, :actor, :role, :action, :type, :record, :addr, :outcome, :mac)
            """)
        .param("id", e.id())
        .param("at", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
        .param("actor", e.actor())
        .param("role", e.actorRole())
        .param("action", e.action())
        .param("type", e.recordType())
        .param("record", e.recordId())
        .param("addr", e.remoteAddr())
        .param("outcome", e.outcome())
        .param("mac", e.mac())
        .update();
  }

  /** The newest events first, for the administrator's page. */
  public List<AuditEvent> latest(int limit) {
    return jdbc.sql(
            AuditEvents.SELECT + " ORDER BY occurred_at DESC, seq DESC FETCH FIRST :n ROWS ONLY")
        .param("n", limit)
        .query(AuditEvents::map)
        .list();
  }

  /** Every event about one record, oldest first. */
  public List<AuditEvent> forRecord(String recordType, String recordId) {
    return jdbc.sql(
            AuditEvents.SELECT
                + " WHERE record_type = :t AND record_id = :id ORDER BY occurred_at, seq")
        .param("t", recordType)
        .param("id", recordId)
        .query(AuditEvents::map)
        .list();
  }

  private static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return "local";
  }

  private static String clip(String value, int max) {
    String v = value == null ? "" : value;
    return v.length() <= max ? v : v.substring(0, max);
  }
}
