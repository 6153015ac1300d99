package org.securebase.app.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.app.ApplicationContexts;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up refuses to run with missing or foreign keys, and creates keys only for a new database.
 */
class StartupKeyCheckTest {

  @TempDir Path data;

  private ConfigurableApplicationContext start(Path keys) {
    return ApplicationContexts.startOffline(
        "--securebase.data=" + data, "--securebase.keys.dir=" + keys, "--securebase.demo=false");
  }

  private static KeyProblemException keyProblem(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof KeyProblemException k) {
        return k;
      }
    }
    throw new AssertionError("expected a KeyProblemException, got " + t, t);
  }

  @Test
  void createsKeysForANewDatabaseAndReopensWithThem() {
    Path keys = data.resolve("keys");
    start(keys).close();
    assertThat(keys.resolve(KeyVault.FIELD_KEY_FILE)).exists();

    try (var again = start(keys)) {
      assertThat(again.getBean(KeyVault.class).folder()).isEqualTo(keys);
    }
  }

  @Test
  void refusesToStartWhenTheKeysOfAnExistingDatabaseAreMissing() throws Exception {
    Path keys = data.resolve("keys");
    start(keys).close();
    Files.move(keys, data.resolve("moved-away"));

    KeyProblemException problem = keyProblem(catchThrowable(() -> start(keys)));
    assertThat(problem.getMessage())
        .contains("key files are missing")
        .contains("this database holds data encrypted with them");
    assertThat(keys).doesNotExist();
  }

  @Test
  void refusesToStartWithAnotherDatabasesKeys() {
    start(data.resolve("keys")).close();
    KeyVault.create(data.resolve("other-keys"));

    KeyProblemException problem =
        keyProblem(catchThrowable(() -> start(data.resolve("other-keys"))));
    assertThat(problem.getMessage()).contains("not the keys this database was written with");
  }
}
