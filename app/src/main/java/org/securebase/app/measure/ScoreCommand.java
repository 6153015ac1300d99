package org.securebase.app.measure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.InstrumentCatalog;
import org.securebase.core.measure.InvalidResponseException;
import org.securebase.core.measure.ResponseSet;
import org.securebase.core.measure.Score;
import org.securebase.core.measure.ScoreSheet;
import org.securebase.core.measure.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code securebase score --instrument ID FILE}: scores one response set with the core alone (no
 * Spring, no database). FILE is JSON, either {@code {"itemOrder": [...], "answers": {...}}} or a
 * plain object of answers in the definition's canonical order.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Score one response set from a JSON file with a built-in instrument definition.")
public class ScoreCommand implements Callable<Integer> {

  @Option(
      names = "--instrument",
      required = true,
      description = "instrument id: ecr-r, ecr-rs, rfq-8, rq, signs-of-security")
  String instrumentId;

  @Option(names = "--definition-version", description = "definition version (default: the newest)")
  String version;

  @Parameters(paramLabel = "FILE", description = "JSON file with the answers")
  Path file;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InstrumentCatalog catalog = InstrumentCatalog.builtIn();
    Instrument instrument =
        (version == null ? catalog.latest(instrumentId) : catalog.find(instrumentId, version))
            .orElse(null);
    if (instrument == null) {
      err.println("No instrument " + instrumentId + (version == null ? "" : " " + version) + ".");
      return 2;
    }
    ResponseSet responses = read(instrument, err);
    if (responses == null) {
      return 2;
    }
    ScoreSheet sheet;
    try {
      sheet = Scorer.score(instrument, responses);
    } catch (InvalidResponseException e) {
      err.println(e.getMessage());
      return 2;
    }
    print(out, instrument, sheet);
    return 0;
  }

  /** The answers file as a response set; null (with the reason on {@code err}) when refused. */
  private ResponseSet read(Instrument instrument, PrintWriter err) throws IOException {
    try {
      JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
      JsonNode answersNode = root.has("answers") ? root.get("answers") : root;
      Map<String, Integer> answers = new LinkedHashMap<>();
      for (var entry : answersNode.properties()) {
        if (!entry.getValue().isIntegralNumber()) {
          err.println("answers." + entry.getKey() + ": not a whole number");
          return null;
        }
        answers.put(entry.getKey(), entry.getValue().asInt());
      }
      List<String> order = new ArrayList<>();
      if (root.has("itemOrder")) {
        root.get("itemOrder").forEach(n -> order.add(n.asString()));
      } else {
        order.addAll(instrument.answerKeys());
      }
      return new ResponseSet(instrument.id(), instrument.version(), order, answers);
    } catch (JacksonException e) {
      err.println(file + ": not valid JSON: " + e.getOriginalMessage());
    } catch (InvalidResponseException e) {
      err.println(file + ": " + e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("There is no file " + file + ".");
    }
    return null;
  }

  private static void print(PrintWriter out, Instrument instrument, ScoreSheet sheet) {
    out.println(
        instrument.title() + " (" + instrument.id() + " version " + instrument.version() + ")");
    if (instrument.selfMonitoring()) {
      out.println("Self-monitoring, not a validated measure.");
    }
    for (Score s : sheet.scores()) {
      out.printf(
          Locale.ROOT,
          "%-12s %-9s %s  (%d of %d scored)%n",
          s.subscaleId(),
          s.target() == null ? "" : s.target(),
          s.isMissing() ? "missing" : String.format(Locale.ROOT, "%.3f", s.value()),
          s.answered(),
          s.total());
    }
    out.println(instrument.missingData().description());
  }
}
