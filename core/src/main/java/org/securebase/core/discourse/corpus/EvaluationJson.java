package org.securebase.core.discourse.corpus;

import java.util.Optional;
import org.securebase.core.discourse.IndicatorType;
import org.securebase.core.reliability.ConfidenceInterval;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The evaluation as JSON, schema {@value #SCHEMA}; undefined figures are {@code null}. */
public final class EvaluationJson {

  public static final String SCHEMA = "securebase.discourse-evaluation/1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EvaluationJson() {}

  public static String render(EvaluationReport r) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(r));
  }

  public static ObjectNode tree(EvaluationReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put(
        "notice",
        "Accuracy of a coder's aid on a synthetic labelled corpus; it classifies nobody.");
    ObjectNode corpus = root.putObject("corpus");
    corpus.put("source", r.source());
    corpus.put("excerpts", r.excerpts());
    corpus.put("transcripts", r.transcripts());
    corpus.put("expectedSpans", r.expectedSpans());
    ObjectNode policy = root.putObject("policy");
    policy.put("confidenceLevel", r.policy().confidenceLevel());
    policy.put("bootstrapReplicates", r.policy().bootstrapReplicates());
    policy.put("seed", r.policy().seed());
    policy.put(
        "spanMatching",
        "a found span matches an expected span of the same indicator sharing at least one"
            + " character, one to one, greedy in text order");
    method(root.putObject("engine"), r.engine());
    method(root.putObject("baseline"), r.baseline());
    return root;
  }

  private static void method(ObjectNode node, MethodEvaluation m) {
    node.put("method", m.method());
    ObjectNode indicators = node.putObject("indicators");
    for (IndicatorType type : IndicatorType.values()) {
      ObjectNode i = indicators.putObject(type.id());
      score(i.putObject("span"), m.span(type));
      score(i.putObject("item"), m.item(type));
    }
    ObjectNode confusion = node.putObject("confusion");
    m.confusion()
        .ranked()
        .forEach(c -> confusion.put(c.found() + " -> " + c.expected(), c.count()));
    var errors = node.putArray("examples");
    for (MethodEvaluation.Miss miss : m.errors()) {
      errors
          .addObject()
          .put("item", miss.itemId())
          .put("indicator", miss.type().id())
          .put("kind", miss.falsePositive() ? "false_positive" : "false_negative")
          .put("words", miss.words());
    }
  }

  private static void score(ObjectNode n, Score s) {
    n.put("truePositives", s.truePositives());
    n.put("falsePositives", s.falsePositives());
    n.put("falseNegatives", s.falseNegatives());
    n.put("trueNegatives", s.trueNegatives());
    figure(n, "precision", s.precision(), s.precisionInterval());
    figure(n, "recall", s.recall(), s.recallInterval());
    figure(n, "f1", s.f1(), s.f1Interval());
  }

  private static void figure(
      ObjectNode n, String name, Optional<Double> v, Optional<ConfidenceInterval> ci) {
    ObjectNode f = n.putObject(name);
    if (v.isPresent()) {
      f.put("value", Math.round(v.get() * 1000) / 1000.0);
    } else {
      f.putNull("value");
    }
    if (ci.isPresent()) {
      f.put("lower", Math.round(ci.get().lower() * 1000) / 1000.0);
      f.put("upper", Math.round(ci.get().upper() * 1000) / 1000.0);
      f.put("method", ci.get().method());
    } else {
      f.putNull("lower");
      f.putNull("upper");
    }
  }
}
