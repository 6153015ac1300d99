package org.securebase.core.discourse.corpus;

import java.util.Objects;
import org.securebase.core.discourse.DictionaryBaseline;
import org.securebase.core.discourse.DiscourseAnalyzer;

/**
 * The engine and the dictionary baseline scored on the same corpus, with what produced every number
 * (analyzer, lexicon and baseline versions, the evaluation's parameters). Immutable.
 *
 * @param source where the corpus was read from, as given
 * @param excerpts number of excerpt items
 * @param transcripts number of transcript items
 * @param expectedSpans expected spans over all items
 * @param engine the discourse engine's scores
 * @param baseline the dictionary count's scores
 * @param policy interval level, bootstrap replicates and seed
 */
public record EvaluationReport(
    String source,
    int excerpts,
    int transcripts,
    int expectedSpans,
    MethodEvaluation engine,
    MethodEvaluation baseline,
    EvaluationPolicy policy) {

  public EvaluationReport {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** Evaluates the English engine and the dictionary baseline on a corpus. */
  public static EvaluationReport of(String source, Corpus corpus, EvaluationPolicy policy) {
    DiscourseAnalyzer analyzer = DiscourseAnalyzer.english();
    Detector engine =
        new Detector() {
          @Override
          public String name() {
            return "discourse engine "
                + analyzer.analyzerVersion()
                + " (lexicons "
                + analyzer.lexiconVersion()
                + ")";
          }

          @Override
          public java.util.List<org.securebase.core.discourse.Indicator> find(
              org.securebase.core.transcript.Transcript t) {
            return analyzer.analyze(t).indicators();
          }
        };
    return new EvaluationReport(
        source,
        corpus.items(CorpusItem.Kind.EXCERPT).size(),
        corpus.items(CorpusItem.Kind.TRANSCRIPT).size(),
        corpus.items().stream().mapToInt(i -> i.spans().size()).sum(),
        CorpusEvaluation.evaluate(corpus, engine, policy),
        CorpusEvaluation.evaluate(corpus, DictionaryBaseline.english(), policy),
        policy);
  }

  /** Items of both kinds. */
  public int items() {
    return excerpts + transcripts;
  }
}
