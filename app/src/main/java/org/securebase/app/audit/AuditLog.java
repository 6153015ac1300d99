package org.securebase.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.securebase.app.crypto.AuditMac;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Every read and write of clinical data calls this.
 *
 * <p>Appending takes a row lock on {@code audit_head}, so rows get gapless sequence numbers and a
 * correct chain even when several servers write at once. Called inside a write's transaction, the
 * audit row commits or rolls back with the write it describes.
 */
@Component
@Transactional
public class AuditLog {

  private final JdbcClient jdbc;
  private final AuditMac mac;

  AuditLog(JdbcClient jdbc, AuditMac mac) {
    this.jdbc = jdbc;
    this.mac = mac;
  }

  /** Records an allowed action by the current user. */
  public void record(String action, String recordType, Object recordId) {
    append(action, recordType, recordId, "ALLOWED");
  }

  /**
   * Records a refused action by the current user. It commits on its own, so the refusal stays on
   * record when the request then fails; call it before the transaction has appended anything.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void denied(String action, String recordType, Object recordId) {
    append(action, recordType, recordId, "DENIED");
  }

  /** Records an action with an explicit actor, for the command line and sign-in events. */
  public void recordAs(
      String actor,
      String role,
      String action,
      String recordType,
      Object recordId,
      String outcome) {
    appendRow(actor, role, action, recordType, String.valueOf(recordId), remoteAddress(), outcome);
  }

  void append(String action, String recordType, Object recordId, String outcome) {
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
    appendRow(actor, role, action, recordType, String.valueOf(recordId), remoteAddress(), outcome);
  }

  private void appendRow(
      String actor,
      String role,
      String action,
      String recordType,
      String recordId,
      String remoteAddr,
      String outcome) {
    Head head =
        jdbc.sql("SELECT last_seq, last_mac FROM audit_head WHERE id = 1 FOR UPDATE")
            .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
    // Microseconds: the precision both PostgreSQL and H2 keep, so the MAC verifies after a
    // read-back.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    AuditEvent unsigned =
        new AuditEvent(
            head.seq + 1,
            now,
            clip(actor, 80),
            clip(role, 20),
            clip(action, 40),
            clip(recordType, 40),
            clip(recordId, 64),
            clip(remoteAddr, 64),
            outcome,
            head.mac,
            "");
    String tag = mac.tag(unsigned.canonical());
    jdbc.sql(
            """
            INSERT INTO audit_event (seq, occurred_at, actor, actor_role, action, record_type,
              record_id, remote_addr, outcome, prev_mac, mac)
            VALUES (:seq, :at, :actor, :role, :action, :type, :id, :addr, :outcome, :prev, :mac)
            """)
        .param("seq", unsigned.seq())
        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("actor", unsigned.actor())
        .param("role", unsigned.actorRole())
        .param("action", unsigned.action())
        .param("type", unsigned.recordType())
        .param("id", unsigned.recordId())
        .param("addr", unsigned.remoteAddr())
        .param("outcome", outcome)
        .param("prev", head.mac)
        .param("mac", tag)
        .update();
    jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_mac = :mac WHERE id = 1")
        .param("seq", unsigned.seq())
        .param("mac", tag)
        .update();
  }

  /** The newest events first, for the administrator's page. */
  public List<AuditEvent> latest(int limit) {
    return jdbc.sql(AuditEvents.SELECT + " ORDER BY seq DESC FETCH FIRST :n ROWS ONLY")
        .param("n", limit)
        .query(AuditEvents::map)
        .list();
  }

  /** Every event about one record, oldest first. */
  public List<AuditEvent> forRecord(String recordType, String recordId) {
    return jdbc.sql(AuditEvents.SELECT + " WHERE record_type = :t AND record_id = :id ORDER BY seq")
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

  private record Head(long seq, String mac) {}
}
