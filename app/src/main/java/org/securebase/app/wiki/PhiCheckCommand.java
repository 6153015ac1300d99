package org.securebase.app.wiki;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.securebase.core.phi.PhiFinding;
import org.securebase.core.phi.PhiGuard;
import org.securebase.core.phi.PhiReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code securebase phi-check FILE...}: runs the core's PHI guard on text files without starting
 * Spring. Prints one JSON object per finding per line ({@code file}, {@code line}, {@code kind},
 * {@code start}, {@code end}) and never the identifying text, so the output can be kept in a log.
 */
@Command(
    name = "phi-check",
    mixinStandardHelpOptions = true,
    description = {
      "Looks for protected health information (HIPAA Safe Harbor identifiers and first-person"
          + " clinical anecdotes) in UTF-8 text files, line by line.",
      "Prints one JSON object per finding: file, line (1-based), kind, start and end (offsets in"
          + " UTF-16 characters within the line, end exclusive). The identifying text is never"
          + " printed.",
      PhiReport.LIMITS
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing found",
      "1:something found",
      "2:usage error (unknown option, no file given, a file that cannot be read)"
    })
public class PhiCheckCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (UTF-8).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PhiGuard guard = PhiGuard.standard(Year.now(java.time.Clock.system(ZoneOffset.UTC)).getValue());
    List<String> unreadable = new ArrayList<>();
    boolean found = false;
    for (Path file : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        unreadable.add(file.toString());
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        for (PhiFinding f : guard.check(lines.get(i)).findings()) {
          found = true;
          ObjectNode row = JSON.createObjectNode();
          row.put("file", file.toString());
          row.put("line", i + 1);
          row.put("kind", f.kind().code());
          row.put("start", f.start());
          row.put("end", f.end());
          out.println(JSON.writeValueAsString(row));
        }
      }
    }
    out.flush();
    unreadable.forEach(name -> err.println(name + ": cannot be read as UTF-8 text"));
    err.flush();
    if (!unreadable.isEmpty()) {
      return 2;
    }
    return found ? 1 : 0;
  }
}
