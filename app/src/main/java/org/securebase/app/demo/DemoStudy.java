package org.securebase.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.securebase.app.account.Accounts;
import org.securebase.app.study.ImportKind;
import org.securebase.app.study.ImportReport;
import org.securebase.app.study.Studies;
import org.securebase.app.study.Study;
import org.securebase.app.study.StudyImport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a small synthetic three-wave study (infant Strange Situation, two AAI waves, questionnaires
 * and dictionary variables) for the demo researcher, from the sample files in {@code
 * samples/study/}, through the same import as a researcher's upload. Runs after the demo workspace
 * has opened its logins, and only once. Every participant and value was made up.
 */
@Component
@ConditionalOnProperty(name = "securebase.demo", havingValue = "true")
@Order(1)
public class DemoStudy implements ApplicationRunner {

  public static final String CODE = "LONGSEC-DEMO";
  static final String RESEARCHER = "researcher";

  /** The sample files in import order. */
  public static final List<String> FILES =
      List.of("dictionary", "waves", "participants", "infant", "aai", "questionnaires", "values");

  private final Studies studies;
  private final StudyImport imports;
  private final Accounts accounts;

  DemoStudy(Studies studies, StudyImport imports, Accounts accounts) {
    this.studies = studies;
    this.imports = imports;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (studies.exists(CODE) || accounts.byUsername(RESEARCHER).isEmpty()) {
      return;
    }
    Study study =
        studies.create(
            CODE, "Longitudinal earned security (synthetic demo study)", RESEARCHER, "demo");
    seed(imports, study);
  }

  /** Imports every sample file into the study; a sample that does not import cleanly is a bug. */
  public static void seed(StudyImport imports, Study study) {
    for (String name : FILES) {
      ImportReport report =
          imports.run(study, ImportKind.fromCode(name), sample(name + ".csv"), false);
      if (!report.clean()) {
        throw new IllegalStateException("sample " + name + ".csv: " + report.problems());
      }
    }
  }

  /** A sample file's text from {@code samples/study/}. */
  public static String sample(String file) {
    try (InputStream in = DemoStudy.class.getResourceAsStream("/samples/study/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing sample " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
