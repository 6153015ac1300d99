package org.securebase.app.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a consistent snapshot of the database to a new file.",
      "Embedded H2: H2's online backup (a zip); stop the server first, the embedded database"
          + " belongs to one process. PostgreSQL (SECUREBASE_DB_URL): pg_dump --format=custom,"
          + " taken while servers run; pg_dump must be on the PATH or in SECUREBASE_PG_BIN.",
      "The key folder is NOT in the backup: back it up separately, and keep the two apart.",
      "Exit codes: 0 written, 1 refused or failed (the message says why)."
    })
public class BackupCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, description = "The new backup file.")
  Path out;

  @Override
  public Integer call() throws Exception {
    DatabaseLocation db = DatabaseLocation.fromSettings();
    try {
      new Snapshots(db).backup(out);
    } catch (Snapshots.SnapshotException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    System.out.println(
        "Backed up "
            + db.describe()
            + " to "
            + out.toAbsolutePath()
            + " ("
            + Files.size(out)
            + " bytes).");
    System.out.println(
        "REMINDER: this file does not contain the keys. Back up the key folder "
            + db.keys().toAbsolutePath()
            + " separately (and store it apart from this file): without it the encrypted"
            + " records in this backup cannot be read.");
    return 0;
  }
}
