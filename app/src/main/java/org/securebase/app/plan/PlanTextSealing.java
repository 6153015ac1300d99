package org.securebase.app.plan;

import java.util.List;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Encrypts, at start-up, the clinician-written plan text that rows from before V17_1 still hold in
 * plain columns (an objective's mechanism, a session's modality and framework), and empties the
 * plain copies. It needs the deployment's key, so it cannot be a SQL migration; a Java Flyway
 * migration would run before the key is loaded. After the first start it finds nothing to do. Two
 * servers starting together may both encrypt a row; each writes a valid ciphertext, so either wins.
 */
@Component
@Order(0)
class PlanTextSealing implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PlanTextSealing.class);

  private record Plain(UUID id, String text) {}

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  PlanTextSealing(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int sealed =
        seal("plan_objective", "mechanism")
            + seal("therapy_session", "modality")
            + seal("therapy_session", "framework");
    if (sealed > 0) {
      log.info("Encrypted {} plan and session values written before encryption.", sealed);
    }
  }

  /** Table and column names are this class's constants, never input. */
  int seal(String table, String column) {
    List<Plain> rows =
        jdbc.sql("SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL")
            .query((rs, n) -> new Plain(rs.getObject("id", UUID.class), rs.getString(column)))
            .list();
    for (Plain row : rows) {
      jdbc.sql(
              "UPDATE "
                  + table
                  + " SET "
                  + column
                  + "_cipher = :c, "
                  + column
                  + " = NULL WHERE id = :id AND "
                  + column
                  + " IS NOT NULL")
          .param("c", cipher.encrypt(row.text(), table, column, row.id()))
          .param("id", row.id())
          .update();
    }
    return rows.size();
  }
}
