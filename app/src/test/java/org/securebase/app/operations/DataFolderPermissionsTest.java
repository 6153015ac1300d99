package org.securebase.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class DataFolderPermissionsTest {

  @TempDir Path dir;

  private void start(String url) {
    MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", url);
    DataFolderPermissions permissions = new DataFolderPermissions();
    permissions.setEnvironment(env);
    permissions.postProcessBeanFactory(null);
  }

  @Test
  void createsTheDatabaseFolderOwnerOnly() throws Exception {
    start("jdbc:h2:file:" + dir.resolve("data/db/securebase") + ";MODE=PostgreSQL");

    assertThat(Files.getPosixFilePermissions(dir.resolve("data/db")))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void tightensAnExistingWorldReadableDatabase() throws Exception {
    Path db = Files.createDirectories(dir.resolve("db"));
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = Files.writeString(db.resolve("securebase.mv.db"), "x");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    Path other = Files.writeString(db.resolve("notes.txt"), "not ours");
    Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));

    start("jdbc:h2:file:" + db.resolve("securebase") + ";MODE=PostgreSQL");

    assertThat(Files.getPosixFilePermissions(db))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(other))
        .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
  }

  @Test
  void leavesAnotherDatabaseAlone() throws Exception {
    start("jdbc:postgresql://127.0.0.1:5432/securebase");

    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
