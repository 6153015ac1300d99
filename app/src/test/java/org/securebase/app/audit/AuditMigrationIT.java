package org.securebase.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.app.RequiredTool;
import org.securebase.app.crypto.AuditMac;
import org.securebase.app.crypto.KeyVault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database with a V1-V6 audit chain (seq under the old lock, each row linked to the one before)
 * migrated to V7: the old rows verify as they are, and the first seal puts them into the tree. On
 * H2, and on PostgreSQL when SECUREBASE_TEST_PG_URL is set (in a database of its own).
 */
class AuditMigrationIT {

  @TempDir Path folder;

  static Stream<String> databases() {
    String pg = System.getenv("SECUREBASE_TEST_PG_URL");
    if (RequiredTool.ci()) {
      // Under CI the PostgreSQL case must run, never drop out silently.
      assertThat(pg).as("CI=true needs SECUREBASE_TEST_PG_URL").isNotBlank();
    }
    return pg != null && pg.startsWith("jdbc:postgresql:")
        ? Stream.of("h2", "postgres")
        : Stream.of("h2");
  }

  private DataSource database(String kind) throws Exception {
    if (kind.equals("h2")) {
      return new DriverManagerDataSource(
          "jdbc:h2:mem:migration-"
              + UUID.randomUUID()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
              + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          "sa",
          "");
    }
    String base = System.getenv("SECUREBASE_TEST_PG_URL");
    String user = System.getenv().getOrDefault("SECUREBASE_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("SECUREBASE_TEST_PG_PASSWORD", "");
    String name = "sb_audit_migration_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = DriverManager.getConnection(base, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    int slash = base.lastIndexOf('/');
    return new DriverManagerDataSource(base.substring(0, slash + 1) + name, user, password);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void rowsChainedBeforeV7StayVerifiableAndAreSealedIntoTheFirstBatch(String kind)
      throws Exception {
    DataSource ds = database(kind);
    Flyway.configure().dataSource(ds).target("6").load().migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    AuditMac mac = new AuditMac(KeyVault.create(folder.resolve("keys")));
    List<AuditEvent> legacy = writeV6Chain(jdbc, mac, 25);

    Flyway.configure().dataSource(ds).load().migrate();
    AuditChain chain = new AuditChain(jdbc, mac);
    AuditChain.Verification migrated = chain.verify();
    assertThat(migrated.problems()).isEmpty();
    assertThat(migrated.sealed()).isEqualTo(25);

    AuditSealer sealer =
        new AuditSealer(
            jdbc,
            new JdbcTemplate(ds),
            mac,
            Clock.systemUTC(),
            new DataSourceTransactionManager(ds));
    assertThat(sealer.sealPending()).isEqualTo(25);
    TreeHead head = sealer.latestHead().orElseThrow();
    assertThat(head.treeSize()).isEqualTo(25);
    assertThat(chain.verify(head).problems()).isEmpty();
    assertThat(jdbc.sql("SELECT mac FROM audit_event ORDER BY seq").query(String.class).list())
        .containsExactlyElementsOf(legacy.stream().map(AuditEvent::mac).toList());

    // An old row altered after the migration is still named.
    jdbc.sql("UPDATE audit_event SET record_id = 'other' WHERE seq = 7").update();
    assertThat(chain.verify().problems())
        .contains("Event #7 was altered after it was written (its MAC does not match).");
  }

  /** The chain exactly as the V1-V6 AuditLog wrote it. */
  private static List<AuditEvent> writeV6Chain(JdbcClient jdbc, AuditMac mac, int rows) {
    List<AuditEvent> written = new ArrayList<>();
    String prev = "genesis";
    Instant at = Instant.parse("2026-11-01T09:00:00.123456Z");
    for (long seq = 1; seq <= rows; seq++) {
      AuditEvent unsigned =
          new AuditEvent(
              null,
              seq,
              at.plusSeconds(seq),
              "clinician",
              "CLINICIAN",
              "READ",
              "client",
              "c" + seq,
              "127.0.0.1",
              "ALLOWED",
              "",
              prev,
              null);
      String tag = mac.tag(unsigned.canonical());
      jdbc.sql(
              "INSERT INTO audit_event (seq, occurred_at, actor, actor_role, action, record_type,"
                  + " record_id, remote_addr, outcome, prev_mac, mac) VALUES (:seq, :at,"
                  + " 'clinician', 'CLINICIAN', 'READ', 'client', :rid, '127.0.0.1', 'ALLOWED',"
                  + " :prev, :mac)")
          .param("seq", seq)
          .param("at", OffsetDateTime.ofInstant(unsigned.occurredAt(), ZoneOffset.UTC))
          .param("rid", "c" + seq)
          .param("prev", prev)
          .param("mac", tag)
          .update();
      jdbc.sql("UPDATE audit_head SET last_seq = :s, last_mac = :m WHERE id = 1")
          .param("s", seq)
          .param("m", tag)
          .update();
      written.add(unsigned);
      prev = tag;
    }
    List<AuditEvent> tagged = new ArrayList<>();
    for (AuditEvent e : written) {
      tagged.add(
          new AuditEvent(
              null,
              e.seq(),
              e.occurredAt(),
              e.actor(),
              e.actorRole(),
              e.action(),
              e.recordType(),
              e.recordId(),
              e.remoteAddr(),
              e.outcome(),
              mac.tag(e.canonical()),
              e.legacyPrevMac(),
              null));
    }
    return tagged;
  }
}
