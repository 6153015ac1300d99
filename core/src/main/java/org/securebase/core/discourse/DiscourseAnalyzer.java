package org.securebase.core.discourse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.Turn;

/**
 * Finds discourse indicators in a transcript: one pass of OpenNLP sentence detection and
 * tokenization, then the indicator rules over the token stream. The part-of-speech model runs only
 * on the few sentences where tense matters (talk about a death).
 *
 * <p>Build it once ({@link #english()} loads models and lexicons, which takes a moment) and share
 * it: it is immutable and thread-safe; each call to {@link #analyze} uses its own OpenNLP decoders.
 * Time and memory grow linearly with the text.
 *
 * <p>The result describes discourse for a trained coder; it never classifies the speaker.
 */
public final class DiscourseAnalyzer {

  /** Version of the matching rules; bump it when a rule changes. */
  public static final String VERSION = "1.1.0";

  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static volatile DiscourseAnalyzer english;

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final IndicatorRules rules;
  private final String lexiconVersion;

  private DiscourseAnalyzer(
      SentenceModel sentenceModel,
      TokenizerModel tokenizerModel,
      POSModel posModel,
      String lexiconVersion) {
    this.sentenceModel = sentenceModel;
    this.tokenizerModel = tokenizerModel;
    this.rules = new IndicatorRules(posModel);
    this.lexiconVersion = lexiconVersion;
  }

  /**
   * The English analyzer with the OpenNLP UD-EWT models and the bundled English lexicons. Loaded on
   * first call and cached; later calls return the same instance.
   */
  public static DiscourseAnalyzer english() {
    DiscourseAnalyzer result = english;
    if (result == null) {
      synchronized (DiscourseAnalyzer.class) {
        result = english;
        if (result == null) {
          result =
              new DiscourseAnalyzer(
                  load(SENTENCE_MODEL, SentenceModel::new),
                  load(TOKEN_MODEL, TokenizerModel::new),
                  load(POS_MODEL, POSModel::new),
                  Lexicon.version());
          english = result;
        }
      }
    }
    return result;
  }

  /** The version of the matching rules, {@link #VERSION}. */
  public String analyzerVersion() {
    return VERSION;
  }

  /** The version of the lexicons in use. */
  public String lexiconVersion() {
    return lexiconVersion;
  }

  /** Analyzes a parsed transcript. */
  public AnalysisResult analyze(Transcript transcript) {
    Objects.requireNonNull(transcript, "transcript");
    TokenStream stream = tokenize(transcript);
    List<Indicator> found = new ArrayList<>();
    rules.apply(stream, found::add);
    found.sort(
        Comparator.comparingInt(Indicator::start)
            .thenComparingInt(Indicator::end)
            .thenComparing(Indicator::type));
    int words = 0;
    for (int t = 0; t < stream.turnWords.length; t++) {
      if (stream.narrating(t)) {
        words += stream.turnWords[t];
      }
    }
    return new AnalysisResult(VERSION, lexiconVersion, found, Profile.of(words, found));
  }

  /** The token stream every rule reads; also used by {@link DictionaryBaseline}. */
  TokenStream tokenize(Transcript transcript) {
    SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
    TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    TokenStream stream = new TokenStream(transcript);
    String text = transcript.text();
    for (Turn turn : transcript.turns()) {
      int turnIndex = turn.index();
      stream.turnFirstSentence[turnIndex] = stream.sentenceCount;
      String turnText = text.substring(turn.start(), turn.end());
      int words = 0;
      for (Span sentence : sentences.sentPosDetect(turnText)) {
        int sentenceStart = turn.start() + sentence.getStart();
        int sentenceEnd = turn.start() + sentence.getEnd();
        int firstToken = stream.tokenCount;
        String sentenceText = turnText.substring(sentence.getStart(), sentence.getEnd());
        for (Span token : tokenizer.tokenizePos(sentenceText)) {
          Wording.split(
              text,
              sentenceStart + token.getStart(),
              sentenceStart + token.getEnd(),
              stream::addToken);
        }
        for (int i = firstToken; i < stream.tokenCount; i++) {
          if (stream.isWord(i)) {
            words++;
          }
        }
        if (stream.tokenCount > firstToken) {
          stream.addSentence(turnIndex, sentenceStart, sentenceEnd, firstToken);
        }
      }
      stream.turnSentenceTo[turnIndex] = stream.sentenceCount;
      stream.turnWords[turnIndex] = words;
    }
    return stream;
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = DiscourseAnalyzer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
