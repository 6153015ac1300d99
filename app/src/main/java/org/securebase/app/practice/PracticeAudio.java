package org.securebase.app.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.securebase.core.practice.PracticeInputs;
import org.securebase.core.practice.PracticeScript;
import org.securebase.core.practice.ScriptSentence;

/**
 * Renders a practice script as audio with offline tools only: festival's HTS voice (Debian {@code
 * festvox-us-slt-hts}) or espeak-ng where festival is missing, sox for the silences sized from the
 * real speech, the generated background sound and the bell after gentle compression, loudness
 * normalized to -16 LUFS ({@link LoudnessStep}), then lame (MP3) or opusenc (Opus). The command
 * line and the app call the same method, so what a client hears is what {@code securebase practice
 * audio} renders. Work happens in a private temporary folder that is removed afterwards.
 * Thread-safe: nothing is shared between renders.
 */
public final class PracticeAudio {

  /** Sample rate of the whole chain (the HTS voice speaks at 32 kHz, speech needs less). */
  static final int RATE = 22050;

  private static final long TOOL_TIMEOUT_SECONDS = 600;

  /** The output formats on offer. */
  public enum Format {
    MP3("audio/mpeg", "mp3"),
    OPUS("audio/ogg", "opus");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }

    /** The format a file name asks for, or null. */
    public static Format ofFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return lower.endsWith(".mp3") ? MP3 : lower.endsWith(".opus") ? OPUS : null;
    }
  }

  /** Told how far the render has come: a share from 0 to 1 and the stage, for a progress bar. */
  @FunctionalInterface
  public interface Progress {
    void report(double share, String stage);
  }

  /**
   * What was rendered: the encoded audio, its length, the voice used, and the script with its
   * pauses sized from the real speech.
   */
  public record Rendered(byte[] audio, double seconds, String voice, PracticeScript timedScript) {}

  /** Which speech tools this machine has, for the README, the tests and error messages. */
  public static boolean festivalAvailable() {
    return onPath("text2wave")
        && Files.isDirectory(Path.of("/usr/share/festival/voices/us/cmu_us_slt_arctic_hts"));
  }

  public static boolean toolsAvailable() {
    return (festivalAvailable() || onPath("espeak-ng"))
        && onPath("sox")
        && onPath("lame")
        && onPath("opusenc");
  }

  /** Renders {@code script} into {@code format}; throws {@link AudioException} on any failure. */
  public Rendered render(PracticeScript script, Format format, Progress progress) {
    Path work = null;
    try {
      work = Files.createTempDirectory("securebase-practice-");
      Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx------"));
      progress.report(0.02, "voice");
      String voice = festivalAvailable() ? "festival cmu_us_slt_arctic_hts" : "espeak-ng en-us";
      List<Path> speech = speak(script, work, progress);
      List<Double> seconds = new ArrayList<>();
      for (Path p : speech) {
        seconds.add(duration(p));
      }
      PracticeScript timed = script.withSpeechSeconds(seconds);
      progress.report(0.7, "pauses");
      Path voiceTrack = assemble(timed, speech, work);
      progress.report(0.8, "mixing");
      Path mixed = mix(timed, voiceTrack, work);
      LoudnessStep.normalize(mixed);
      progress.report(0.9, "encoding");
      Path encoded = encode(mixed, format, work);
      byte[] audio = Files.readAllBytes(encoded);
      double length = duration(mixed);
      progress.report(1.0, "done");
      return new Rendered(audio, length, voice, timed);
    } catch (IOException e) {
      throw new AudioException("could not write the working files: " + e.getMessage(), e);
    } finally {
      deleteQuietly(work);
    }
  }

  /** One WAV per sentence: festival in one process for all of them, else espeak-ng per line. */
  private List<Path> speak(PracticeScript script, Path work, Progress progress) throws IOException {
    List<ScriptSentence> sentences = script.sentences();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      files.add(work.resolve(String.format(Locale.ROOT, "s%03d.wav", i)));
    }
    double stretch = script.inputs().pace().stretch();
    if (festivalAvailable()) {
      StringBuilder scheme = new StringBuilder("(voice_cmu_us_slt_arctic_hts)\n");
      scheme.append(
          String.format(
              Locale.ROOT,
              "(set! hts_engine_params (append hts_engine_params (list (list \"-r\" %.3f))))%n",
              1.0 / stretch));
      for (int i = 0; i < sentences.size(); i++) {
        scheme.append(
            String.format(
                "(utt.save.wave (utt.synth (Utterance Text \"%s\")) \"%s\" 'riff)%n",
                schemeString(sentences.get(i).text()), schemeString(files.get(i).toString())));
      }
      Path program = work.resolve("speak.scm");
      Files.writeString(program, scheme, StandardCharsets.UTF_8);
      run(work, List.of("festival", "-b", program.toString()));
      progress.report(0.6, "voice");
    } else {
      int wpm = (int) Math.round(175 / stretch);
      for (int i = 0; i < sentences.size(); i++) {
        run(
            work,
            List.of(
                "espeak-ng",
                "-v",
                "en-us+f3",
                "-s",
                Integer.toString(wpm),
                "-w",
                files.get(i).toString(),
                sentences.get(i).text()));
        progress.report(0.05 + 0.55 * (i + 1) / sentences.size(), "voice");
      }
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f) || Files.size(f) < 100) {
        throw new AudioException("the speech synthesizer produced no audio for " + f.getFileName());
      }
    }
    return files;
  }

  /** The voice track: each sentence at the chain's rate, followed by its sized silence. */
  private Path assemble(PracticeScript timed, List<Path> speech, Path work) {
    List<String> command = new ArrayList<>(List.of("sox"));
    for (int i = 0; i < speech.size(); i++) {
      Path padded = work.resolve(String.format(Locale.ROOT, "p%03d.wav", i));
      run(
          work,
          sox(
              speech.get(i).toString(),
              padded,
              "pad",
              "0",
              seconds(timed.sentences().get(i).pauseSeconds())));
      command.add(padded.toString());
    }
    Path closing = work.resolve("closing.wav");
    if (timed.inputs().closingBell()) {
      // A soft bell: two sine partials with a long exponential-like fade, then a little silence.
      run(
          work,
          sox(
              "-n",
              closing,
              "synth",
              "6",
              "sine",
              "528",
              "sine",
              "792",
              "remix",
              "1-2",
              "fade",
              "q",
              "0.01",
              "6",
              "5.5",
              "gain",
              "-14",
              "pad",
              "0",
              seconds(timed.closingSeconds() - 6)));
    } else {
      run(work, sox("-n", closing, "trim", "0", seconds(timed.closingSeconds())));
    }
    command.add(closing.toString());
    Path track = work.resolve("voice.wav");
    command.add(track.toString());
    run(work, command);
    return track;
  }

  /**
   * A sox command writing {@code output} at the chain's rate, mono, 16 bit, from {@code input} (a
   * file, or {@code -n} for generated sound), then the given effects.
   */
  private static List<String> sox(String input, Path output, String... effects) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "sox",
                input,
                "-r",
                Integer.toString(RATE),
                "-c",
                "1",
                "-b",
                "16",
                output.toString()));
    command.addAll(List.of(effects));
    return command;
  }

  /** Gentle compression, the generated background (if any) under the voice, peak at -2 dBFS. */
  private Path mix(PracticeScript timed, Path voiceTrack, Path work) {
    Path out = work.resolve("mixed.wav");
    PracticeInputs.Background background = timed.inputs().background();
    Path voice = work.resolve("voice-level.wav");
    run(
        work,
        List.of(
            "sox",
            voiceTrack.toString(),
            voice.toString(),
            "compand",
            "0.05,0.3",
            "6:-70,-60,-20",
            "-5",
            "-90",
            "0.1",
            "gain",
            "-n",
            "-3"));
    if (background == PracticeInputs.Background.NONE) {
      run(work, List.of("sox", voice.toString(), out.toString(), "gain", "-n", "-2"));
      return out;
    }
    Path bed = work.resolve("background.wav");
    String noise = background == PracticeInputs.Background.BROWN_NOISE ? "brownnoise" : "pinknoise";
    double length = duration(voice);
    run(
        work,
        sox(
            "-n",
            bed,
            "synth",
            seconds(length),
            noise,
            "lowpass",
            "900",
            "gain",
            "-n",
            "-30",
            "fade",
            "q",
            "4",
            seconds(length),
            "4"));
    run(
        work,
        List.of("sox", "-m", voice.toString(), bed.toString(), out.toString(), "gain", "-n", "-2"));
    return out;
  }

  private Path encode(Path wav, Format format, Path work) {
    Path out = work.resolve("practice." + format.extension());
    if (format == Format.MP3) {
      run(work, List.of("lame", "--quiet", "-m", "m", "-V", "6", wav.toString(), out.toString()));
    } else {
      run(work, List.of("opusenc", "--quiet", "--bitrate", "32", wav.toString(), out.toString()));
    }
    return out;
  }

  /** Length of an audio file in seconds, from {@code soxi -D}. */
  static double duration(Path file) {
    String out = run(file.getParent(), List.of("soxi", "-D", file.toString())).strip();
    try {
      return Double.parseDouble(out);
    } catch (NumberFormatException e) {
      throw new AudioException("could not read the length of " + file.getFileName() + ": " + out);
    }
  }

  /** Runs a tool, returning its standard output; a failure or time-out is an AudioException. */
  static String run(Path dir, List<String> command) {
    try {
      Path log = Files.createTempFile(dir, "tool-", ".log");
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!p.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AudioException(command.get(0) + " did not finish in time");
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      if (p.exitValue() != 0) {
        throw new AudioException(
            command.get(0) + " failed (exit " + p.exitValue() + "): " + tail(output));
      }
      return output;
    } catch (IOException e) {
      throw new AudioException(command.get(0) + " could not be run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AudioException(command.get(0) + " was interrupted", e);
    }
  }

  private static String tail(String output) {
    String trimmed = output.strip();
    return trimmed.length() > 400 ? trimmed.substring(trimmed.length() - 400) : trimmed;
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.3f", Math.max(0, s));
  }

  /** A Scheme string literal's contents: backslashes and quotes escaped. */
  static String schemeString(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rendering failed: a tool is missing or broke. The message names the tool. */
  public static final class AudioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AudioException(String message) {
      super(message);
    }

    AudioException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
