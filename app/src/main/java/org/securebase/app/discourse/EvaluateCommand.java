package org.securebase.app.discourse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.securebase.core.discourse.corpus.Corpus;
import org.securebase.core.discourse.corpus.CorpusFormatException;
import org.securebase.core.discourse.corpus.EvaluationJson;
import org.securebase.core.discourse.corpus.EvaluationPolicy;
import org.securebase.core.discourse.corpus.EvaluationReport;
import org.securebase.core.discourse.corpus.EvaluationText;
import org.securebase.core.discourse.corpus.F1Thresholds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code securebase evaluate CORPUS [--format text|json]}: measures the discourse engine and the
 * dictionary-count baseline against a labelled corpus (a folder of authoring sources or a JSON
 * Lines file, such as a coders' corrections export), per indicator, at span and item level, with
 * intervals. A thin adapter over {@code org.securebase.core.discourse.corpus}; no Spring.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the discourse indicators against a labelled corpus: precision, recall and F1 per"
          + " indicator at span and item level with 95%% intervals, beside a dictionary-count"
          + " baseline, and a confusion summary.",
      "The corpus is synthetic labelled text; the figures describe a coder's aid, not a person."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:evaluated (and, with --thresholds, no indicator below its recorded F1)",
      "1:the corpus or thresholds could not be read, or an indicator fell below its recorded F1",
      "2:usage error"
    })
public class EvaluateCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    text,
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "CORPUS",
      description =
          "A corpus folder of authoring sources (*.txt), one source file, or a JSON Lines file"
              + " (*.jsonl).")
  Path corpus;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--thresholds",
      paramLabel = "FILE",
      description = "Recorded F1 levels (<indicator>.span|item=0.80); exit 1 if any is not met.")
  Path thresholds;

  @Option(
      names = "--bootstrap",
      defaultValue = "1000",
      description = "Bootstrap replicates for the F1 interval (default: ${DEFAULT-VALUE}).")
  int replicates = 1000;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (replicates < 100) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must be >= 100");
    }
    EvaluationPolicy policy =
        new EvaluationPolicy(
            EvaluationPolicy.DEFAULT.confidenceLevel(),
            replicates,
            EvaluationPolicy.DEFAULT.seed());
    EvaluationReport report;
    F1Thresholds levels = null;
    try {
      report = EvaluationReport.of(corpus.toString(), Corpus.read(corpus), policy);
      if (thresholds != null) {
        levels = F1Thresholds.parse(Files.readString(thresholds, StandardCharsets.UTF_8));
      }
    } catch (CorpusFormatException | IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println(thresholds + ": cannot read (" + e.getMessage() + ")");
      err.flush();
      return 1;
    }
    out.println(
        format == Format.json ? EvaluationJson.render(report) : EvaluationText.render(report));
    out.flush();
    List<String> below = levels == null ? List.of() : levels.violations(report.engine());
    below.forEach(err::println);
    err.flush();
    return below.isEmpty() ? 0 : 1;
  }
}
