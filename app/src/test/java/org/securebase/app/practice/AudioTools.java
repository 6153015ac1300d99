package org.securebase.app.practice;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.securebase.app.RequiredTool;

/** Speech and audio tools for the tests: skipped without them, except under CI, where it fails. */
final class AudioTools {

  private AudioTools() {}

  static void required() {
    RequiredTool.require(
        PracticeAudio.toolsAvailable(),
        "festival/espeak-ng, sox, lame and opus-tools",
        "apt-get install festival festvox-us-slt-hts espeak-ng sox lame opus-tools");
  }

  /** Decodes MP3 or Opus to a WAV beside it, for sox to measure. */
  static Path decode(Path encoded) {
    Path wav = encoded.resolveSibling(encoded.getFileName() + ".wav");
    if (encoded.toString().endsWith(".mp3")) {
      PracticeAudio.run(
          encoded.getParent(),
          List.of("lame", "--quiet", "--decode", encoded.toString(), wav.toString()));
    } else {
      PracticeAudio.run(
          encoded.getParent(), List.of("opusdec", "--quiet", encoded.toString(), wav.toString()));
    }
    return wav;
  }

  /** RMS amplitude (0-1) of {@code seconds} of {@code wav} from {@code start}, by sox stat. */
  static double rms(Path wav, double start, double seconds) {
    String stat =
        PracticeAudio.run(
            wav.getParent(),
            List.of(
                "sox",
                wav.toString(),
                "-n",
                "trim",
                String.format(Locale.ROOT, "%.3f", start),
                String.format(Locale.ROOT, "%.3f", seconds),
                "stat"));
    for (String line : stat.split("\\R")) {
      if (line.startsWith("RMS     amplitude:")) {
        return Double.parseDouble(line.substring(line.indexOf(':') + 1).strip());
      }
    }
    throw new AssertionError("no RMS in sox stat output: " + stat);
  }

  /**
   * Integrated loudness by ffmpeg's EBU R128 filter (a meter independent of ours); ffmpeg is a test
   * tool only (Debian {@code ffmpeg}, installed by {@code .ci/run}).
   */
  static double ebur128Integrated(Path wav) {
    RequiredTool.require(
        PracticeAudio.onPath("ffmpeg"),
        "ffmpeg (EBU R128 reference meter)",
        "apt-get install ffmpeg");
    // The tool runner merges standard error, where ffmpeg prints its summary.
    String out =
        PracticeAudio.run(
            wav.getParent(),
            List.of(
                "ffmpeg",
                "-hide_banner",
                "-nostats",
                "-i",
                wav.toString(),
                "-af",
                "ebur128",
                "-f",
                "null",
                "-"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("I:\\s+(-?[0-9.]+) LUFS").matcher(out);
    double last = Double.NaN;
    while (m.find()) {
      last = Double.parseDouble(m.group(1));
    }
    if (Double.isNaN(last)) {
      throw new AssertionError("no integrated loudness in ffmpeg output: " + out);
    }
    return last;
  }

  /** Highest absolute sample, dBFS, from sox stat's maximum and minimum amplitude. */
  static double peakDbfs(Path wav) {
    String stat = PracticeAudio.run(wav.getParent(), List.of("sox", wav.toString(), "-n", "stat"));
    double peak = -1;
    for (String line : stat.split("\\R")) {
      if (line.startsWith("Maximum amplitude:") || line.startsWith("Minimum amplitude:")) {
        double v = Math.abs(Double.parseDouble(line.substring(line.indexOf(':') + 1).strip()));
        peak = Math.max(peak, v);
      }
    }
    if (peak < 0) {
      throw new AssertionError("no amplitude in sox stat output: " + stat);
    }
    return 20 * Math.log10(peak);
  }
}
