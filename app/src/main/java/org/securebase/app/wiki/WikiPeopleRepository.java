package org.securebase.app.wiki;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people side of the wiki: who holds the editor permission (since when, named by whom) and
 * where a contributor wants notices e-mailed (encrypted, bound to its row).
 */
@Repository
class WikiPeopleRepository {

  static final String CONTACT = "wiki_notice_contact";

  /** An editor and who granted the permission. */
  record EditorRow(UUID accountId, OffsetDateTime grantedAt, String grantedBy) {}

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  WikiPeopleRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  List<EditorRow> editors() {
    return jdbc.sql(
            "SELECT account_id, granted_at, granted_by FROM wiki_editor ORDER BY granted_at, account_id")
        .query(
            (rs, n) ->
                new EditorRow(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getString(3)))
        .list();
  }

  boolean revokeEditor(UUID accountId) {
    return jdbc.sql("DELETE FROM wiki_editor WHERE account_id = ?").param(accountId).update() > 0;
  }

  Optional<String> noticeEmail(UUID accountId) {
    return jdbc.sql("SELECT email FROM wiki_notice_contact WHERE account_id = ?")
        .param(accountId)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .map(b -> cipher.decrypt(b, CONTACT, "email", accountId));
  }

  void saveNoticeEmail(UUID accountId, String email, OffsetDateTime now) {
    jdbc.sql("DELETE FROM wiki_notice_contact WHERE account_id = ?").param(accountId).update();
    if (email != null) {
      jdbc.sql("INSERT INTO wiki_notice_contact (account_id, email, updated_at) VALUES (?, ?, ?)")
          .params(accountId, cipher.encrypt(email, CONTACT, "email", accountId), now)
          .update();
    }
  }
}
