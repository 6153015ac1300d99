package org.securebase.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.RequiredTool;
import org.securebase.app.SecureBaseApplication;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditChain;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code securebase backup} then {@code securebase restore} into an empty database, run as the
 * operator would (separate processes), comparing every table's row count and a checksum of its
 * content, then opening the restored database with the original keys: the audit chain verifies and
 * encrypted notes decrypt. H2 in the H2 pass; PostgreSQL (pg_dump/pg_restore) in the PostgreSQL
 * pass.
 */
class BackupRestoreIT {

  @Test
  void roundTripOnTheEmbeddedDatabase() throws Exception {
    Assumptions.assumeTrue(
        IntegrationTest.database().equals("h2"), "the embedded-database case runs in the H2 pass");
    Path work = Files.createTempDirectory("securebase-backup-");
    Path keys = work.resolve("keys");
    Path source = work.resolve("source");
    Path target = work.resolve("target");

    Fixture original = fill(source, keys, null);
    Path file = work.resolve("backups/securebase-backup.zip");

    AppProcess fromSource = new AppProcess(source, null);
    assertThat(fromSource.run("backup", null, "backup", "--out", file.toString())).isZero();
    assertThat(fromSource.log("backup")).contains("does not contain the keys");
    assertThat(fromSource.run("backup-again", null, "backup", "--out", file.toString()))
        .as("never overwrites a backup file")
        .isEqualTo(1);

    AppProcess intoTarget = new AppProcess(target, null);
    assertThat(intoTarget.run("restore", null, "restore", "--from", file.toString())).isZero();
    assertThat(intoTarget.log("restore")).contains("holds no keys");
    assertThat(intoTarget.run("restore-again", null, "restore", "--from", file.toString()))
        .as("refuses a non-empty target")
        .isEqualTo(1);
    assertThat(intoTarget.log("restore-again")).contains("Refusing to restore");

    compare(original, target, keys, null);
  }

  @Test
  void roundTripOnPostgresql() throws Exception {
    RequiredTool.postgresqlPass();
    Path work = Files.createTempDirectory("securebase-pg-backup-");
    Path keys = work.resolve("keys");
    try (ScratchDatabase source = ScratchDatabase.create("backup_src");
        ScratchDatabase target = ScratchDatabase.create("backup_dst")) {
      Fixture original = fill(work.resolve("source"), keys, source);
      Path file = work.resolve("securebase.pgdump");

      AppProcess fromSource = new AppProcess(work.resolve("source"), source);
      assertThat(fromSource.run("backup", null, "backup", "--out", file.toString()))
          .as(fromSource.log("backup"))
          .isZero();

      AppProcess intoTarget = new AppProcess(work.resolve("target"), target);
      assertThat(intoTarget.run("restore", null, "restore", "--from", file.toString()))
          .as(intoTarget.log("restore"))
          .isZero();
      assertThat(intoTarget.run("restore-again", null, "restore", "--from", file.toString()))
          .isEqualTo(1);
      assertThat(intoTarget.log("restore-again")).contains("Refusing to restore", "not empty");

      compare(original, work.resolve("target"), keys, target);
    }
  }

  /** What the source held: per-table row counts and checksums, and one client to read back. */
  private record Fixture(Map<String, String> tables, SignedInUser clinician, Client client) {}

  private static Fixture fill(Path data, Path keys, ScratchDatabase pg) throws Exception {
    try (ConfigurableApplicationContext app = open(data, keys, pg)) {
      TestWorkspace workspace = new TestWorkspace(app);
      SignedInUser clinician = workspace.person(Role.CLINICIAN);
      Client first = workspace.clientOf(clinician, "Synthetic note to restore: ö, ß, 😊.");
      for (int i = 0; i < 24; i++) {
        workspace.clientOf(clinician, "Synthetic note " + i);
      }
      workspace.clientPerson(clinician);
      app.getBean(AuditChainCheck.class).run();
      app.getBean(Caseload.class).read(first.id(), clinician);
      return new Fixture(checksums(app), clinician, first);
    }
  }

  private static void compare(Fixture original, Path data, Path keys, ScratchDatabase pg)
      throws Exception {
    try (ConfigurableApplicationContext app = open(data, keys, pg)) {
      // Checksums first: opening the restored database must not have changed a thing.
      Map<String, String> restored = checksums(app);
      assertThat(restored.keySet())
          .contains("account", "client", "audit_event", "audit_tree_head", "key_check", "job_run");
      assertThat(restored).isEqualTo(original.tables());

      assertThat(app.getBean(AuditChain.class).verify().problems()).isEmpty();
      Client back = app.getBean(Caseload.class).read(original.client().id(), original.clinician());
      assertThat(back.referralNote()).isEqualTo("Synthetic note to restore: ö, ß, 😊.");
    }
  }

  private static ConfigurableApplicationContext open(Path data, Path keys, ScratchDatabase pg) {
    List<String> args = new ArrayList<>();
    args.add("--securebase.data=" + data);
    args.add("--securebase.keys.dir=" + keys);
    args.add("--logging.level.root=WARN");
    if (pg != null) {
      args.add("--spring.datasource.url=" + pg.url);
      args.add("--spring.datasource.username=" + pg.user);
      args.add("--spring.datasource.password=" + pg.password);
    }
    return new SpringApplicationBuilder(SecureBaseApplication.class)
        .web(WebApplicationType.NONE)
        .run(args.toArray(String[]::new));
  }

  /** Table name to "rows:sha256", the hash over each row's values, rows sorted. */
  static Map<String, String> checksums(ConfigurableApplicationContext app) throws Exception {
    Map<String, String> sums = new TreeMap<>();
    try (Connection c = app.getBean(DataSource.class).getConnection()) {
      for (String table : Snapshots.tables(c)) {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object v = rs.getObject(i);
              row.append(meta.getColumnName(i).toLowerCase()).append('=');
              row.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v));
              row.append('\u001f');
            }
            rows.add(row.toString());
          }
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Stream.of(rows.toArray(String[]::new))
            .sorted()
            .forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
        sums.put(table, rows.size() + ":" + HexFormat.of().formatHex(sha.digest()));
      }
    }
    return sums;
  }
}
