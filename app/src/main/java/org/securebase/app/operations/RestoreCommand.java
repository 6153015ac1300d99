package org.securebase.app.operations;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a backup made with 'securebase backup' into an EMPTY database.",
      "Embedded H2: set SECUREBASE_DATA to a new, empty data folder. PostgreSQL: create an empty"
          + " database and point SECUREBASE_DB_URL at it. A database that already holds data is"
          + " never overwritten.",
      "Then put the key folder back from its own backup (SECUREBASE_KEYS) before starting.",
      "Exit codes: 0 restored, 1 refused or failed (the message says why)."
    })
public class RestoreCommand implements Callable<Integer> {

  @Option(names = "--from", required = true, description = "The backup file.")
  Path from;

  @Override
  public Integer call() throws Exception {
    DatabaseLocation db = DatabaseLocation.fromSettings();
    try {
      new Snapshots(db).restore(from);
    } catch (Snapshots.SnapshotException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    System.out.println("Restored " + from.toAbsolutePath() + " into " + db.describe() + ".");
    System.out.println(
        "REMINDER: the backup holds no keys. Put this database's key folder back at "
            + db.keys().toAbsolutePath()
            + " (or set SECUREBASE_KEYS) from its own backup before starting SecureBase; it will"
            + " not start with missing or different keys.");
    return 0;
  }
}
