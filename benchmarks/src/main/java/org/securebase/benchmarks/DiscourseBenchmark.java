package org.securebase.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.securebase.core.discourse.AnalysisResult;
import org.securebase.core.discourse.DiscourseAnalyzer;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptParser;
import org.securebase.core.transcript.Turn;

/**
 * Time per analysis of a 10,000-word interview transcript and of a 1 MB narrative, beside the
 * floor: OpenNLP sentence detection and tokenization alone over the same turns, which the analyzer
 * cannot beat. Words per second = words (printed at set-up) / time per operation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiscourseBenchmark {

  /** {@code transcript10k}: prefixed interview, 10,000 words; {@code text1mb}: 1 MB narrative. */
  @Param({"transcript10k", "text1mb"})
  public String input;

  private Transcript transcript;
  private DiscourseAnalyzer analyzer;
  private SentenceModel sentenceModel;
  private TokenizerModel tokenizerModel;

  @Setup
  public void setUp() throws IOException {
    String sample = resource("/benchmarks/sample-transcript.txt");
    String text =
        input.equals("transcript10k") ? transcriptOfWords(sample, 10_000) : narrative(sample);
    transcript = TranscriptParser.defaults().parse(text.getBytes(StandardCharsets.UTF_8));
    analyzer = DiscourseAnalyzer.english();
    sentenceModel = new SentenceModel(stream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
    tokenizerModel = new TokenizerModel(stream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
    System.out.printf(
        "%n[%s] %d characters, %d words in all turns, %d turns%n",
        input, text.length(), words(text), transcript.turns().size());
  }

  /** The whole analyzer: sentences, tokens, all thirteen indicator rules and the profile. */
  @Benchmark
  public AnalysisResult analyze() {
    return analyzer.analyze(transcript);
  }

  /** The floor: OpenNLP sentence detection plus tokenization of every turn, nothing else. */
  @Benchmark
  public int sentencesAndTokens() {
    SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
    TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    String text = transcript.text();
    int tokens = 0;
    for (Turn turn : transcript.turns()) {
      String turnText = text.substring(turn.start(), turn.end());
      for (Span sentence : sentences.sentPosDetect(turnText)) {
        tokens += tokenizer.tokenizePos(sentence.getCoveredText(turnText).toString()).length;
      }
    }
    return tokens;
  }

  /**
   * Whole turns of the sample, repeated, and the last one cut so the total is exactly the target.
   */
  static String transcriptOfWords(String sample, int target) {
    String[] lines = sample.split("\n");
    StringBuilder out = new StringBuilder();
    int words = 0;
    while (words < target) {
      for (String line : lines) {
        String[] parts = line.strip().split("\\s+");
        int take = Math.min(parts.length, target - words + 1); // +1: the prefix is no word
        out.append(String.join(" ", java.util.Arrays.copyOf(parts, take))).append('\n');
        words += take - 1;
        if (words >= target) {
          break;
        }
      }
    }
    return out.toString();
  }

  /** The participant's words of the sample as one narrative, repeated to just under 1 MB. */
  static String narrative(String sample) {
    StringBuilder paragraph = new StringBuilder();
    for (String line : sample.split("\n")) {
      if (line.startsWith("R: ")) {
        paragraph.append(line.substring(3)).append(' ');
      }
    }
    paragraph.append("\n\n");
    StringBuilder out = new StringBuilder();
    while (out.length() + paragraph.length() < 1_000_000) {
      out.append(paragraph);
    }
    return out.toString();
  }

  static int words(String text) {
    int n = 0;
    for (String token : text.split("\\s+")) {
      if (!token.isEmpty() && !token.endsWith(":")) {
        n++;
      }
    }
    return n;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream stream(String name) {
    InputStream in = DiscourseBenchmark.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + name));
    }
    return in;
  }
}
