package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Any bytes sent as any kind of study CSV (the seven SecureBase kinds and both REDCap files) end in
 * an import report, with the problems named by line, or a 400 naming the field; nothing else may
 * escape (no 500). In the normal build this runs the seeds under {@code StudyImportFuzzITInputs/}
 * (regression mode): the first byte picks the kind, the rest is the file. Fuzz with {@code
 * JAZZER_FUZZ=1}.
 */
class StudyImportFuzzIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Studies studies;
  @Autowired StudyImport imports;

  @FuzzTest(maxDuration = "120s")
  void anyCsvOfAnyKindIsImportedOrRefusedWithItsProblemsNamed(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    ImportKind kind =
        ImportKind.values()[Byte.toUnsignedInt(bytes[0]) % ImportKind.values().length];
    String csv = new String(Arrays.copyOfRange(bytes, 1, bytes.length), StandardCharsets.UTF_8);
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser researcher = workspace.person(Role.RESEARCHER);
    Study study =
        studies.create(TestWorkspace.unique("FZ"), "A fuzzed study", researcher.username(), "fz");

    ImportReport report;
    try {
      report = imports.run(study.id(), kind, csv, bytes[0] < 0, researcher);
    } catch (BadInputException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(report.kind()).isEqualTo(kind);
    report
        .problems()
        .forEach(
            p -> {
              assertThat(p.row()).isNotNegative();
              assertThat(p.reason()).isNotBlank();
            });
    assertThat(report.rowsWithProblems()).isLessThanOrEqualTo(report.rows());
  }
}
