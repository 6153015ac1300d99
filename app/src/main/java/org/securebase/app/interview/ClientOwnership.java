package org.securebase.app.interview;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which clients a clinician may link a transcript to: their own caseload, pseudonyms only. */
@Repository
class ClientOwnership {

  record OwnClient(UUID id, String displayName) {}

  private final JdbcClient jdbc;

  ClientOwnership(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean isOwnClient(UUID clientId, UUID clinicianId) {
    return jdbc.sql("SELECT COUNT(*) FROM client WHERE id = :id AND clinician_id = :me")
            .param("id", clientId)
            .param("me", clinicianId)
            .query(Integer.class)
            .single()
        > 0;
  }

  List<OwnClient> caseload(UUID clinicianId) {
    return jdbc.sql(
            "SELECT id, display_name FROM client WHERE clinician_id = :me ORDER BY display_name")
        .param("me", clinicianId)
        .query(
            (rs, n) -> new OwnClient(rs.getObject("id", UUID.class), rs.getString("display_name")))
        .list();
  }
}
