package org.securebase.app.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Consistent snapshots of the database and their restore into an empty database.
 *
 * <ul>
 *   <li>Embedded H2: H2's own online backup ({@code BACKUP TO 'file.zip'}, a consistent copy of the
 *       data file taken inside the database), restored by unpacking it into an empty database
 *       folder ({@code org.h2.tools.Restore}).
 *   <li>PostgreSQL: {@code pg_dump --format=custom} (one transaction snapshot, so consistent while
 *       servers keep writing), restored with {@code pg_restore --single-transaction} into an empty
 *       database, so a failed restore leaves nothing half-written.
 * </ul>
 *
 * <p>The key folder is never in a snapshot: keys are backed up separately, so a stolen backup file
 * does not carry the key that opens it.
 */
final class Snapshots {

  /** Thrown with a message for the operator: what is wrong and what to do. */
  static final class SnapshotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SnapshotException(String message) {
      super(message);
    }
  }

  private static final byte[] ZIP_MAGIC = {'P', 'K'};
  private static final byte[] PG_DUMP_MAGIC = {'P', 'G', 'D', 'M', 'P'};

  private final DatabaseLocation db;
  private final String pgBin;

  Snapshots(DatabaseLocation db) {
    this.db = db;
    String bin = System.getenv("SECUREBASE_PG_BIN");
    this.pgBin = bin == null || bin.isBlank() ? "" : bin.endsWith("/") ? bin : bin + "/";
  }

  void backup(Path out) throws IOException, InterruptedException {
    if (Files.exists(out)) {
      throw new SnapshotException(
          "The file " + out.toAbsolutePath() + " already exists; choose a new name.");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (db.isH2File()) {
      if (!Files.exists(db.h2File())) {
        throw new SnapshotException("There is no database to back up at " + db.h2File() + ".");
      }
      try (Connection c = h2Connection(";IFEXISTS=TRUE");
          Statement s = c.createStatement()) {
        s.execute("BACKUP TO '" + out.toAbsolutePath().toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        throw new SnapshotException(inUse(e));
      }
    } else if (db.isPostgresql()) {
      DatabaseLocation.PgTarget t = db.pg();
      run(
          List.of(
              pgBin + "pg_dump",
              "--host=" + t.host(),
              "--port=" + t.port(),
              "--username=" + db.user(),
              "--dbname=" + t.database(),
              "--format=custom",
              "--no-owner",
              "--no-privileges",
              "--file=" + out.toAbsolutePath()),
          "pg_dump");
    } else {
      throw new SnapshotException(
          "Backups are made of the embedded H2 database or PostgreSQL only.");
    }
  }

  void restore(Path from) throws IOException, InterruptedException {
    if (!Files.isRegularFile(from)) {
      throw new SnapshotException("There is no backup file at " + from.toAbsolutePath() + ".");
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(from)) {
      head = in.readNBytes(5);
    }
    if (db.isH2File()) {
      restoreH2(from, head);
    } else if (db.isPostgresql()) {
      restorePostgresql(from, head);
    } else {
      throw new SnapshotException("Restore goes into the embedded H2 database or PostgreSQL only.");
    }
  }

  private void restoreH2(Path from, byte[] head) throws IOException {
    if (!startsWith(head, ZIP_MAGIC)) {
      throw new SnapshotException(
          from + " is not an embedded-database backup (made with the H2 database).");
    }
    if (Files.exists(db.h2File())) {
      throw new SnapshotException(
          "Refusing to restore: "
              + db.describe()
              + " already exists. Restore goes only into an empty data folder; choose a new"
              + " SECUREBASE_DATA, or move the old database away first.");
    }
    Files.createDirectories(db.h2Base().toAbsolutePath().getParent());
    org.h2.tools.Restore.execute(
        from.toAbsolutePath().toString(),
        db.h2Base().toAbsolutePath().getParent().toString(),
        db.h2Base().getFileName().toString());
    if (!Files.exists(db.h2File())) {
      throw new SnapshotException(
          from + " holds no database named " + db.h2Base().getFileName() + ".");
    }
  }

  private void restorePostgresql(Path from, byte[] head) throws IOException, InterruptedException {
    if (!startsWith(head, PG_DUMP_MAGIC)) {
      throw new SnapshotException(
          from + " is not a PostgreSQL backup (made with pg_dump --format=custom).");
    }
    long tables = userTablesInPostgresql();
    if (tables > 0) {
      throw new SnapshotException(
          "Refusing to restore: "
              + db.describe()
              + " is not empty ("
              + tables
              + " tables). Restore goes only into an empty database: create one with"
              + " CREATE DATABASE and point SECUREBASE_DB_URL at it.");
    }
    DatabaseLocation.PgTarget t = db.pg();
    run(
        List.of(
            pgBin + "pg_restore",
            "--host=" + t.host(),
            "--port=" + t.port(),
            "--username=" + db.user(),
            "--dbname=" + t.database(),
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            from.toAbsolutePath().toString()),
        "pg_restore");
  }

  private long userTablesInPostgresql() {
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new SnapshotException(
          "Could not open " + db.describe() + ": " + e.getMessage() + ". Create it first.");
    }
  }

  private Connection h2Connection(String extra) throws SQLException {
    return DriverManager.getConnection(db.url() + extra, db.user(), db.password());
  }

  private String inUse(SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("already in use") || m.contains("locked")) {
      String where = db.describe();
      return Character.toUpperCase(where.charAt(0))
          + where.substring(1)
          + " is open in a running SecureBase server. The embedded database belongs to one"
          + " process: stop the server, run the backup, start it again (or use PostgreSQL, which"
          + " is backed up while servers run).";
    }
    return "Could not back up " + db.describe() + ": " + m;
  }

  private void run(List<String> command, String name) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    if (!db.password().isEmpty()) {
      env.put("PGPASSWORD", db.password());
    }
    pb.redirectErrorStream(true);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new SnapshotException(
          name
              + " was not found. Install the PostgreSQL client tools (Debian: postgresql-client),"
              + " or set SECUREBASE_PG_BIN to the folder that holds "
              + name
              + ".");
    }
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(6, TimeUnit.HOURS)) {
      p.destroyForcibly();
      throw new SnapshotException(name + " did not finish.");
    }
    if (p.exitValue() != 0) {
      throw new SnapshotException(
          name + " failed (exit " + p.exitValue() + "):\n" + new String(output).strip());
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }

  /** For the tests: the tables SecureBase's migrations made, in name order. */
  static List<String> tables(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        c.createStatement()
            .executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
