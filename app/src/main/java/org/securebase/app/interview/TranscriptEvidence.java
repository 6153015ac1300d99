package org.securebase.app.interview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.discourse.AnalysisResult;
import org.securebase.core.discourse.DiscourseAnalyzer;
import org.securebase.core.discourse.HighlightHtml;
import org.securebase.core.discourse.Indicator;
import org.securebase.core.discourse.IndicatorType;
import org.securebase.core.transcript.Transcript;
import org.springframework.stereotype.Component;

/**
 * The discourse indicators of a transcript, as a coder's aid: the words that show each indicator,
 * highlighted in place, and for each coding scale the indicators that inform it. Never a
 * classification; the analyzer describes wording, the coder judges.
 */
@Component
public class TranscriptEvidence {

  /** The coding scales each indicator informs, where the indicator's scale is an AAI scale. */
  static final Map<IndicatorType, List<AaiScale>> SCALES = new EnumMap<>(IndicatorType.class);

  static {
    SCALES.put(IndicatorType.LACK_OF_RECALL, List.of(AaiScale.LACK_OF_RECALL));
    SCALES.put(IndicatorType.UNSUPPORTED_POSITIVE, List.of(AaiScale.IDEALIZATION));
    SCALES.put(IndicatorType.CONTRADICTION, List.of(AaiScale.IDEALIZATION));
    SCALES.put(
        IndicatorType.DEROGATION, List.of(AaiScale.DEROGATION, AaiScale.DEROGATION_OF_ATTACHMENT));
    SCALES.put(IndicatorType.INVOLVING_ANGER, List.of(AaiScale.INVOLVING_ANGER));
    SCALES.put(IndicatorType.VAGUE_DISCOURSE, List.of(AaiScale.PASSIVITY));
    SCALES.put(IndicatorType.LAPSE_LOSS, List.of(AaiScale.UNRESOLVED_LOSS));
    SCALES.put(IndicatorType.METACOGNITIVE, List.of(AaiScale.METACOGNITIVE_MONITORING));
    SCALES.put(
        IndicatorType.BALANCED_EVALUATION,
        List.of(AaiScale.COHERENCE_OF_TRANSCRIPT, AaiScale.COHERENCE_OF_MIND));
  }

  private static final Pattern TURN_OPEN =
      Pattern.compile("<p class=\"(sb-turn [a-z-]+)\" data-turn=\"(\\d+)\"");

  /** One indicator type with how often it fired, for the filter. */
  public record IndicatorCount(String id, String scale, String description, int count) {}

  /** A piece of evidence to link to: the turn anchor and the words. */
  public record EvidenceLink(String indicatorId, int turnIndex, Integer question, String words) {
    public String anchor() {
      return "turn-" + turnIndex;
    }
  }

  /**
   * What the transcript page shows.
   *
   * @param html the highlighted transcript; every transcript character is escaped by the renderer
   */
  public record EvidenceView(
      String html,
      List<IndicatorCount> indicators,
      String analyzerVersion,
      String lexiconVersion) {}

  public EvidenceView view(Transcript transcript) {
    AnalysisResult result = DiscourseAnalyzer.english().analyze(transcript);
    List<IndicatorCount> counts = new ArrayList<>();
    for (IndicatorType type : IndicatorType.values()) {
      counts.add(
          new IndicatorCount(
              type.id(), type.scale(), type.description(), result.indicators(type).size()));
    }
    return new EvidenceView(
        withTurnAnchors(HighlightHtml.render(transcript, result)),
        counts,
        result.analyzerVersion(),
        result.lexiconVersion());
  }

  /** For each coding scale, the evidence of the indicators that inform it, in text order. */
  public Map<AaiScale, List<EvidenceLink>> byScale(Transcript transcript) {
    AnalysisResult result = DiscourseAnalyzer.english().analyze(transcript);
    Map<AaiScale, List<EvidenceLink>> out = new LinkedHashMap<>();
    for (Indicator i : result.indicators()) {
      for (AaiScale scale : SCALES.getOrDefault(i.type(), List.of())) {
        out.computeIfAbsent(scale, s -> new ArrayList<>())
            .add(new EvidenceLink(i.id(), i.turnIndex(), i.question(), i.text()));
      }
    }
    return out;
  }

  /** Gives each turn paragraph an id so links can jump to it. */
  static String withTurnAnchors(String html) {
    Matcher m = TURN_OPEN.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 1024);
    while (m.find()) {
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              "<p id=\"turn-"
                  + m.group(2)
                  + "\" class=\""
                  + m.group(1)
                  + "\" data-turn=\""
                  + m.group(2)
                  + "\""));
    }
    m.appendTail(out);
    return out.toString();
  }
}
