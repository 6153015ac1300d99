package org.securebase.core.discourse;

import org.securebase.core.transcript.Transcript;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link AnalysisResult} as JSON following the versioned schema {@value #SCHEMA},
 * described in {@code analysis-schema.md} next to this class. Field order is fixed; rates are
 * rounded to two decimals. Thread-safe.
 */
public final class AnalysisJson {

  /** The schema identifier written into every document. */
  public static final String SCHEMA = "securebase.discourse-analysis/1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AnalysisJson() {}

  /** The result as a JSON tree, for callers that embed it in a larger document. */
  public static ObjectNode tree(Transcript transcript, AnalysisResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("analyzerVersion", result.analyzerVersion());
    root.put("lexiconVersion", result.lexiconVersion());
    root.put(
        "notice",
        "Discourse indicators with their evidence for a trained coder to weigh;"
            + " not a classification of the speaker.");
    ObjectNode source = root.putObject("transcript");
    source.put("characters", transcript.text().length());
    source.put("turns", transcript.turns().size());
    Profile profile = result.profile();
    ObjectNode profileNode = root.putObject("profile");
    profileNode.put("words", profile.words());
    ObjectNode groups = profileNode.putObject("groups");
    for (IndicatorGroup group : IndicatorGroup.values()) {
      ObjectNode g = groups.putObject(group.id());
      g.put("count", profile.count(group));
      g.put("ratePer1000Words", round(profile.rate(group)));
    }
    ObjectNode types = profileNode.putObject("indicators");
    for (IndicatorType type : IndicatorType.values()) {
      ObjectNode i = types.putObject(type.id());
      i.put("group", type.group().id());
      i.put("maxim", type.maxim());
      i.put("scale", type.scale());
      i.put("count", profile.count(type));
      i.put("ratePer1000Words", round(profile.rate(type)));
    }
    ArrayNode list = root.putArray("indicators");
    for (Indicator indicator : result.indicators()) {
      ObjectNode node = list.addObject();
      node.put("id", indicator.id());
      node.put("start", indicator.start());
      node.put("end", indicator.end());
      node.put("turn", indicator.turnIndex());
      if (indicator.question() == null) {
        node.putNull("question");
      } else {
        node.put("question", indicator.question());
      }
      node.put("text", indicator.text());
      node.put("weight", indicator.weight());
      node.put("maxim", indicator.maxim());
      node.put("scale", indicator.scale());
      if (indicator.hasLink()) {
        ObjectNode link = node.putObject("link");
        link.put("start", indicator.linkStart());
        link.put("end", indicator.linkEnd());
      }
    }
    return root;
  }

  /** The result as a pretty-printed JSON document. */
  public static String write(Transcript transcript, AnalysisResult result) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(transcript, result));
  }

  static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
