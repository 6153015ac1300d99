package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who marked a crisis flag as seen, and when: one row per flag, the first review kept. */
@Repository
class FlagReviewRepository {

  private final JdbcClient jdbc;

  FlagReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the review unless the flag already has one; true when this call recorded it. */
  boolean insertIfAbsent(
      UUID flagId, UUID clientId, UUID reviewer, String reviewerName, OffsetDateTime at) {
    return jdbc.sql(
                "INSERT INTO crisis_flag_review (flag_id, client_id, reviewed_by,"
                    + " reviewed_by_name, reviewed_at) SELECT :flag, :client, :by, :name, :at"
                    + " WHERE NOT EXISTS (SELECT 1 FROM crisis_flag_review WHERE flag_id = :flag)")
            .param("flag", flagId)
            .param("client", clientId)
            .param("by", reviewer)
            .param("name", reviewerName)
            .param("at", at)
            .update()
        == 1;
  }
}
