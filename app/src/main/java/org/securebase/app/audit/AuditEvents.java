package org.securebase.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The one place that knows how an audit row maps to an {@link AuditEvent}. */
final class AuditEvents {

  static final String SELECT =
      "SELECT id, seq, occurred_at, actor, actor_role, action, record_type, record_id,"
          + " remote_addr, outcome, mac, legacy_prev_mac, seal_mac FROM audit_event";

  private AuditEvents() {}

  static AuditEvent map(ResultSet rs, int rowNum) throws SQLException {
    long seq = rs.getLong("seq");
    Long place = rs.wasNull() ? null : seq;
    return new AuditEvent(
        rs.getObject("id", UUID.class),
        place,
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("actor_role"),
        rs.getString("action"),
        rs.getString("record_type"),
        rs.getString("record_id"),
        rs.getString("remote_addr"),
        rs.getString("outcome"),
        rs.getString("mac"),
        rs.getString("legacy_prev_mac"),
        rs.getString("seal_mac"));
  }
}
