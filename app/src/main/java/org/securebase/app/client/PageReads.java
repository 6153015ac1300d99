package org.securebase.app.client;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs everything a page reads (its own data and every panel's) in one read-only transaction,
 * before its template renders: one consistent view of the record, and no connection held while the
 * page is written out. The reads' audit events commit on their own (see {@code AuditLog}).
 */
@Component
class PageReads {

  private final TransactionTemplate readOnly;

  PageReads(PlatformTransactionManager transactions) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  void inOneRead(Runnable reads) {
    readOnly.executeWithoutResult(status -> reads.run());
  }
}
