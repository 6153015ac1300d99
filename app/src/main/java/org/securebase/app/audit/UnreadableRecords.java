package org.securebase.app.audit;

import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a list shows for one stored value that failed its integrity check, and the record of that
 * failure: an error in the server log and an {@code UNREADABLE} event in the audit trail naming the
 * table and record (the column is in the log). One altered row must not hide a client's other
 * entries, so the list shows them and marks this one.
 */
@Component
class UnreadableRecords implements FieldCipher.UnreadableValues {

  static final String ACTION = "UNREADABLE";

  private static final Logger log = LoggerFactory.getLogger(UnreadableRecords.class);

  private final AuditLog audit;
  private final MessageSource messages;

  UnreadableRecords(AuditLog audit, MessageSource messages) {
    this.audit = audit;
    this.messages = messages;
  }

  @Override
  public String marker(String table, String column, UUID row) {
    log.error(
        "Integrity check failed: {}.{} for record {} is shown as unreadable", table, column, row);
    audit.failed(ACTION, table, row);
    return messages.getMessage("record.unreadable", null, LocaleContextHolder.getLocale());
  }
}
