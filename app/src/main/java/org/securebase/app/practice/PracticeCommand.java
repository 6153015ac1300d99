package org.securebase.app.practice;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.securebase.core.practice.CrisisLanguageStop;
import org.securebase.core.practice.InvalidPracticeInputException;
import org.securebase.core.practice.PracticeJson;
import org.securebase.core.practice.PracticeScript;
import org.securebase.core.practice.PracticeScriptWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code securebase practice script|audio INPUTS.json}: a guided practice from the core's
 * templates, without the web app. Exit 0 done, 1 the audio tools failed, 2 invalid inputs (the
 * field named), 3 crisis language stopped the builder (help printed).
 */
@Command(
    name = "practice",
    mixinStandardHelpOptions = true,
    description = "Write a guided practice script, or render it as audio, from an inputs file.",
    subcommands = {PracticeCommand.Script.class, PracticeCommand.Audio.class})
public class PracticeCommand implements Runnable {

  static final int INVALID = 2;
  static final int CRISIS = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads and writes the script, or prints why not and returns the exit code. */
  static Object scriptOrExit(Path file, PrintWriter err) {
    try {
      PracticeJson.Request request = PracticeJson.readInputs(Files.readString(file));
      return PracticeScriptWriter.builtIn().write(request.inputs(), request.hypnosisEnabled());
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      return INVALID;
    } catch (InvalidPracticeInputException e) {
      err.println(file + ": " + e.getMessage());
      return INVALID;
    } catch (CrisisLanguageStop e) {
      err.println(e.getMessage());
      return CRISIS;
    }
  }

  @Command(
      name = "script",
      mixinStandardHelpOptions = true,
      description = "Print the practice script as JSON (schema securebase.practice-script/1).")
  static class Script implements Callable<Integer> {

    @Parameters(paramLabel = "INPUTS.json", description = "the practice inputs")
    Path file;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Object outcome = scriptOrExit(file, spec.commandLine().getErr());
      if (outcome instanceof Integer exit) {
        return exit;
      }
      spec.commandLine().getOut().println(PracticeJson.writeScript((PracticeScript) outcome));
      return 0;
    }
  }

  @Command(
      name = "audio",
      mixinStandardHelpOptions = true,
      description = "Render the practice as MP3 or Opus, as the app does.")
  static class Audio implements Callable<Integer> {

    @Parameters(paramLabel = "INPUTS.json", description = "the practice inputs")
    Path file;

    @Option(
        names = "--out",
        required = true,
        description = "FILE.mp3 or FILE.opus (the extension picks the format)")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      PracticeAudio.Format format = PracticeAudio.Format.ofFileName(out.getFileName().toString());
      if (format == null) {
        err.println("--out: name the file .mp3 or .opus");
        return INVALID;
      }
      Object outcome = scriptOrExit(file, err);
      if (outcome instanceof Integer exit) {
        return exit;
      }
      PracticeScript script = (PracticeScript) outcome;
      try {
        PracticeAudio.Rendered rendered =
            new PracticeAudio()
                .render(
                    script,
                    format,
                    (share, stage) -> {
                      err.printf(Locale.ROOT, "%3.0f%% %s%n", share * 100, stage);
                      err.flush();
                    });
        Files.write(out, rendered.audio());
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "%s: %.1f s (chosen %d min), voice %s%n",
                out,
                rendered.seconds(),
                script.inputs().minutes(),
                rendered.voice());
        return 0;
      } catch (PracticeAudio.AudioException e) {
        err.println("audio: " + e.getMessage());
        return 1;
      }
    }
  }
}
