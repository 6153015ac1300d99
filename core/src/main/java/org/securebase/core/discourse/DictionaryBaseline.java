package org.securebase.core.discourse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.securebase.core.discourse.corpus.Detector;
import org.securebase.core.transcript.Transcript;

/**
 * The comparison method: a plain dictionary count, the way LIWC-style tools work (Pennebaker et al.
 * 2015; used on the AAI by Cassidy, Sherman &amp; Jones 2012 and Waters et al. 2016). Every phrase
 * of an indicator's own word lists found in the participant's words counts as that indicator, with
 * no context: no negation, no parent or referent, no episode, no clause end, no talk of a death. It
 * uses the engine's own lexicons, so the difference between the two in an evaluation is what the
 * engine's context rules add, not a difference of vocabulary. {@code run_on_turn} and {@code
 * short_turn} have no word list and are never found by it. Immutable and thread-safe.
 */
public final class DictionaryBaseline implements Detector {

  /** Version of this method; bump it when the sections counted change. */
  public static final String VERSION = "1.0.0";

  private static volatile DictionaryBaseline english;

  private final DiscourseAnalyzer analyzer;
  private final Map<IndicatorType, List<PhraseSet>> lists;

  private DictionaryBaseline(DiscourseAnalyzer analyzer) {
    this.analyzer = analyzer;
    Map<IndicatorType, List<PhraseSet>> m = new EnumMap<>(IndicatorType.class);
    put(m, IndicatorType.LACK_OF_RECALL, "lack_of_recall", "denial", "clause_end_only");
    put(m, IndicatorType.UNSUPPORTED_POSITIVE, "unsupported_positive", "positive");
    put(m, IndicatorType.CONTRADICTION, "contradiction", "hurt");
    put(m, IndicatorType.MINIMIZING, "minimizing", "phrase", "generic");
    put(m, IndicatorType.DEROGATION, "derogation", "contempt");
    put(
        m,
        IndicatorType.INVOLVING_ANGER,
        "involving_anger",
        "accusation",
        "quote_like",
        "quote_say");
    put(m, IndicatorType.VAGUE_DISCOURSE, "vague_discourse", "trailing", "hedge", "jargon");
    put(m, IndicatorType.LAPSE_LOSS, "lapse_loss", "self_blame", "eulogy");
    put(m, IndicatorType.METACOGNITIVE, "metacognitive", "phrase");
    put(
        m,
        IndicatorType.REFLECTIVE,
        "reflective",
        "causal_after",
        "perspective",
        "change",
        "intergenerational");
    put(m, IndicatorType.BALANCED_EVALUATION, "balanced_evaluation", "context");
    this.lists = m;
  }

  private static void put(
      Map<IndicatorType, List<PhraseSet>> m,
      IndicatorType type,
      String lexicon,
      String... sections) {
    Lexicon l = Lexicon.load(lexicon);
    List<PhraseSet> sets = new ArrayList<>();
    for (String s : sections) {
      sets.add(l.section(s));
    }
    m.put(type, List.copyOf(sets));
  }

  /** The baseline over the bundled English lexicons. */
  public static DictionaryBaseline english() {
    DictionaryBaseline b = english;
    if (b == null) {
      synchronized (DictionaryBaseline.class) {
        b = english;
        if (b == null) {
          b = new DictionaryBaseline(DiscourseAnalyzer.english());
          english = b;
        }
      }
    }
    return b;
  }

  @Override
  public String name() {
    return "dictionary count " + VERSION + " (lexicons " + analyzer.lexiconVersion() + ")";
  }

  @Override
  public List<Indicator> find(Transcript transcript) {
    Objects.requireNonNull(transcript, "transcript");
    TokenStream ts = analyzer.tokenize(transcript);
    List<Indicator> out = new ArrayList<>();
    for (int s = 0; s < ts.sentenceCount; s++) {
      int turn = ts.sentenceTurn[s];
      if (!ts.narrating(turn)) {
        continue;
      }
      for (Map.Entry<IndicatorType, List<PhraseSet>> e : lists.entrySet()) {
        count(ts, s, e.getKey(), e.getValue(), out);
      }
    }
    return out;
  }

  private static void count(
      TokenStream ts, int s, IndicatorType type, List<PhraseSet> sets, List<Indicator> out) {
    int to = ts.sentenceTo[s];
    int turn = ts.sentenceTurn[s];
    for (int i = ts.sentenceFrom[s]; i < to; i++) {
      int n = 0;
      for (PhraseSet set : sets) {
        n = Math.max(n, set.matchAt(ts.norm, i, to));
      }
      if (n > 0) {
        int start = ts.tokenStart[i];
        int end = ts.tokenEnd[i + n - 1];
        out.add(
            new Indicator(
                type,
                start,
                end,
                turn,
                ts.turnQuestion[turn],
                ts.text.substring(start, end),
                1.0,
                -1,
                -1));
        i += n - 1;
      }
    }
  }
}
