package org.securebase.app.operations;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns H2's "database may be already in use" (a second process on the same data folder) into
 * Spring Boot's plain start-up report, two sentences instead of a stack trace.
 */
class DataFolderInUseFailureAnalyzer implements FailureAnalyzer {

  /** H2's error codes for a database file another process holds open or locked. */
  private static final int IN_USE = 90020;

  private static final int LOCKED = 90135;

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == IN_USE || sql.getErrorCode() == LOCKED)) {
        return new FailureAnalysis(
            "Another SecureBase process (a running server, a backup or another command) has the"
                + " data folder "
                + System.getProperty("securebase.data", "securebase-data")
                + " open.",
            "Stop that process, or wait until it ends, and start again. Only one process at a time"
                + " can use the embedded database; several servers need PostgreSQL"
                + " (SECUREBASE_DB_URL).",
            sql);
      }
    }
    return null;
  }
}
