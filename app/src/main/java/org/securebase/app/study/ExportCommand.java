package org.securebase.app.study;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.securebase.app.ApplicationContexts;
import org.securebase.app.kernel.RecordNotFoundException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code securebase export STUDY --out FILE.zip}: the de-identified export from the shell. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the de-identified export of a study (CSV tables, data dictionary, read_study.R) to a"
          + " ZIP file, as the study's Export page does. Recorded in the audit trail.",
      "Exit codes: 0 written, 1 refused (no such study, file exists, cannot write), 2 usage error."
    })
public class ExportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "STUDY", description = "The study's code.")
  String study;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.zip",
      description = "Where to write.")
  Path out;

  @Option(names = "--force", description = "Replace the file if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(out) && !force) {
      System.err.println("out: " + out + " exists already (use --force to replace it)");
      return 1;
    }
    Path parent = out.toAbsolutePath().getParent();
    Path partial = Files.createTempFile(parent, ".export-", ".zip.part");
    try (ConfigurableApplicationContext context = ApplicationContexts.startOffline()) {
      Study s = context.getBean(Studies.class).byCode(study);
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
        context
            .getBean(StudyExport.class)
            .writeAs(
                "cli:" + System.getProperty("user.name"),
                s,
                // Identifiers and free text leave only through a request the study's lead
                // approved, on the study's Export page; one operator alone never gets them.
                StudyExport.Options.DEFAULT,
                stream);
      }
      // A half-written export never appears under the requested name.
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.println("Wrote the de-identified export of " + s.code() + " to " + out + ".");
      return 0;
    } catch (RecordNotFoundException e) {
      System.err.println("study: no study with the code " + study);
      return 1;
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
