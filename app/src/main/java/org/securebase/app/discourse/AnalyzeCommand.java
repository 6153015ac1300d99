package org.securebase.app.discourse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.securebase.core.discourse.AnalysisJson;
import org.securebase.core.discourse.AnalysisResult;
import org.securebase.core.discourse.DiscourseAnalyzer;
import org.securebase.core.discourse.HighlightHtml;
import org.securebase.core.discourse.IndicatorGroup;
import org.securebase.core.discourse.TextReport;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptFormatException;
import org.securebase.core.transcript.TranscriptParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code securebase analyze FILE... [--format text|json|html]}: runs the discourse-indicator engine
 * on transcript files without starting Spring. Each file gets its own report; a file that cannot be
 * read or parsed is reported by name on standard error and the others still run.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Finds discourse indicators in transcripts (I:/R: or Interviewer:/Participant: lines, JSON"
          + " turns, or plain narrative text) and prints each piece of evidence for a trained coder.",
      "The output describes discourse; it is not a classification of anyone."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was analyzed",
      "1:some files could not be read or parsed (each is named on standard error)",
      "2:usage error (unknown option, no file given)"
    })
public class AnalyzeCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    text,
    json,
    html
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transcript files (UTF-8).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + TranscriptParser.DEFAULT_MAX_BYTES,
      description = "Refuse files larger than this many bytes (default: ${DEFAULT-VALUE}).")
  int maxBytes = TranscriptParser.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
    }
    TranscriptParser parser = TranscriptParser.withMaxBytes(maxBytes);
    DiscourseAnalyzer analyzer = DiscourseAnalyzer.english();
    ArrayNode jsonFiles = JSON.createArrayNode();
    Totals totals = new Totals();
    for (Path file : files) {
      String name = file.toString();
      Transcript transcript;
      try {
        transcript = read(parser, file);
      } catch (IOException e) {
        totals.failed++;
        err.println(
            name
                + ": cannot read ("
                + (e instanceof java.nio.file.NoSuchFileException
                    ? "there is no such file"
                    : e.getMessage())
                + ")");
        jsonFiles.addObject().put("file", name).put("error", "cannot read");
        continue;
      } catch (TranscriptFormatException e) {
        totals.failed++;
        err.println(name + ": " + e.getMessage());
        jsonFiles.addObject().put("file", name).put("error", e.getMessage());
        continue;
      }
      AnalysisResult result = analyzer.analyze(transcript);
      totals.add(result);
      print(out, jsonFiles, name, transcript, result);
    }
    finish(out, jsonFiles, totals);
    out.flush();
    err.flush();
    return totals.failed == 0 ? 0 : 1;
  }

  private Transcript read(TranscriptParser parser, Path file) throws IOException {
    if (Files.size(file) > maxBytes) {
      throw new TranscriptFormatException(
          "transcript is " + Files.size(file) + " bytes, over the limit of " + maxBytes + " bytes");
    }
    return parser.parse(Files.readAllBytes(file));
  }

  private void print(
      PrintWriter out,
      ArrayNode jsonFiles,
      String name,
      Transcript transcript,
      AnalysisResult result) {
    switch (format) {
      case text -> out.println(TextReport.render(name, transcript, result));
      case html -> {
        out.println("<!-- " + HtmlComment.safe(name) + " -->");
        out.println(HighlightHtml.render(transcript, result));
      }
      case json -> {
        ObjectNode entry = jsonFiles.addObject();
        entry.put("file", name);
        entry.set("analysis", AnalysisJson.tree(transcript, result));
      }
    }
  }

  private void finish(PrintWriter out, ArrayNode jsonFiles, Totals t) {
    if (format == Format.json) {
      ObjectNode root = JSON.createObjectNode();
      root.put("schema", AnalysisJson.SCHEMA);
      root.set("files", jsonFiles);
      ObjectNode summary = root.putObject("summary");
      summary.put("analyzed", t.ok);
      summary.put("failed", t.failed);
      summary.put("indicators", t.indicators);
      summary.put("words", t.words);
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else if (files.size() > 1 || t.failed > 0) {
      String summary = summary(t.ok, t.failed, t.indicators, t.words, t.groups);
      out.println(format == Format.html ? "<!-- " + HtmlComment.safe(summary) + " -->" : summary);
    }
  }

  /** What the files added up to, for the closing summary. */
  private static final class Totals {
    int ok;
    int failed;
    int indicators;
    int words;
    final int[] groups = new int[IndicatorGroup.values().length];

    void add(AnalysisResult result) {
      ok++;
      indicators += result.indicators().size();
      words += result.profile().words();
      for (IndicatorGroup group : IndicatorGroup.values()) {
        groups[group.ordinal()] += result.profile().count(group);
      }
    }
  }

  private static String summary(int ok, int failed, int indicators, int words, int[] groups) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Summary: %d file(s) analyzed, %d failed; %d indicators in %d participant words",
            ok,
            failed,
            indicators,
            words));
    for (IndicatorGroup group : IndicatorGroup.values()) {
      b.append(String.format(Locale.ROOT, "%n  %-22s %d", group.label(), groups[group.ordinal()]));
    }
    return b.toString();
  }

  /** Keeps file names from closing an HTML comment. */
  private static final class HtmlComment {
    static String safe(String s) {
      return s.replace("--", "- -").replace(">", "&gt;").replace("<", "&lt;");
    }
  }
}
