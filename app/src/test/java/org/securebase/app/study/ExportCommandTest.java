package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.app.ApplicationContexts;
import org.securebase.app.SecureBaseCommand;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.demo.DemoStudy;

/** {@code securebase export STUDY --out FILE.zip} on a fresh embedded database. */
class ExportCommandTest {

  @TempDir Path data;

  @BeforeEach
  void pointAtATemporaryDataFolder() {
    System.setProperty("securebase.data", data.toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty("securebase.data");
  }

  @Test
  void writesTheDeidentifiedExportAndAuditsIt() throws Exception {
    Study study;
    try (var context = ApplicationContexts.startOffline()) {
      String lead =
          context
              .getBean(org.securebase.app.account.Accounts.class)
              .open(
                  new org.securebase.app.account.Accounts.NewAccount(
                      "cli-lead",
                      "a-long-test-passphrase",
                      org.securebase.app.kernel.Role.RESEARCHER,
                      "Lead",
                      null),
                  "test")
              .username();
      study = context.getBean(Studies.class).create("CLI-1", "Command line study", lead, "test");
      DemoStudy.seed(context.getBean(StudyImport.class), study);
    }
    Path out = data.resolve("cli-1.zip");

    int exit = SecureBaseCommand.commandLine().execute("export", "CLI-1", "--out", out.toString());

    assertThat(exit).isZero();
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertThat(new String(zip.readAllBytes())).doesNotContain("AB1 3CD", "P001");
      }
    }
    assertThat(names).contains("values.csv", "dictionary.csv", "read_study.R");
    try (var context = ApplicationContexts.startOffline()) {
      assertThat(context.getBean(AuditLog.class).forRecord("study", study.id().toString()))
          .extracting(e -> e.action())
          .contains("EXPORT");
    }
  }

  @Test
  void refusesAnUnknownStudyAndWritesNothing() {
    Path out = data.resolve("none.zip");
    int exit =
        SecureBaseCommand.commandLine().execute("export", "NO-SUCH", "--out", out.toString());
    assertThat(exit).isEqualTo(1);
    assertThat(out).doesNotExist();
  }
}
