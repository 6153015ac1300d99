package org.securebase.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The one place that knows how an audit row maps to an {@link AuditEvent}. */
final class AuditEvents {

  static final String SELECT =
      "SELECT seq, occurred_at, actor, actor_role, action, record_type, record_id, remote_addr,"
          + " outcome, prev_mac, mac FROM audit_event";

  private AuditEvents() {}

  static AuditEvent map(ResultSet rs, int rowNum) throws SQLException {
    return new AuditEvent(
        rs.getLong("seq"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("actor_role"),
        rs.getString("action"),
        rs.getString("record_type"),
        rs.getString("record_id"),
        rs.getString("remote_addr"),
        rs.getString("outcome"),
        rs.getString("prev_mac"),
        rs.getString("mac"));
  }
}
