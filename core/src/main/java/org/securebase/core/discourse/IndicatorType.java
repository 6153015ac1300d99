package org.securebase.core.discourse;

/**
 * The thirteen discourse indicators, each with the conversational maxim and the coding scale it
 * informs, and its descriptive group. Identifiers are stable and appear in JSON and HTML.
 */
public enum IndicatorType {
  LACK_OF_RECALL(
      "lack_of_recall",
      "quantity",
      "insistence on lack of recall",
      IndicatorGroup.DISMISSING_LEANING,
      "a claim of not remembering that closes a topic"),
  UNSUPPORTED_POSITIVE(
      "unsupported_positive",
      "quality",
      "idealization",
      IndicatorGroup.DISMISSING_LEANING,
      "a generic positive word for a parent with no episode that shows it"),
  CONTRADICTION(
      "contradiction",
      "quality",
      "idealization",
      IndicatorGroup.DISMISSING_LEANING,
      "an episode of hurt by a parent after a positive claim about that parent"),
  MINIMIZING(
      "minimizing",
      "quality",
      "dismissing",
      IndicatorGroup.DISMISSING_LEANING,
      "wording that plays down the effect of hard experience"),
  DEROGATION(
      "derogation",
      "quality",
      "derogation",
      IndicatorGroup.DISMISSING_LEANING,
      "contempt for a parent or for attachment needs"),
  INVOLVING_ANGER(
      "involving_anger",
      "manner",
      "involving anger",
      IndicatorGroup.PREOCCUPIED_LEANING,
      "anger at a parent still active in the telling"),
  VAGUE_DISCOURSE(
      "vague_discourse",
      "manner",
      "passivity of discourse",
      IndicatorGroup.PREOCCUPIED_LEANING,
      "vague trailing wording, hedges or an unfinished sentence"),
  RUN_ON_TURN(
      "run_on_turn",
      "quantity",
      "preoccupation",
      IndicatorGroup.PREOCCUPIED_LEANING,
      "a turn far longer than the speaker's usual, or a very long sentence"),
  SHORT_TURN(
      "short_turn",
      "quantity",
      "dismissing",
      IndicatorGroup.DISMISSING_LEANING,
      "a very short answer to a question that asks for an account"),
  LAPSE_LOSS(
      "lapse_loss",
      "manner",
      "unresolved loss",
      IndicatorGroup.UNRESOLVED_LEANING,
      "a lapse in reasoning or discourse during talk about a death"),
  METACOGNITIVE(
      "metacognitive",
      "quality",
      "metacognitive monitoring",
      IndicatorGroup.COHERENCE_SUPPORTING,
      "monitoring one's own memory and thinking while speaking"),
  REFLECTIVE(
      "reflective",
      "quality",
      "reflective functioning",
      IndicatorGroup.COHERENCE_SUPPORTING,
      "mental states linked to behaviour, perspective, change or generations"),
  BALANCED_EVALUATION(
      "balanced_evaluation",
      "quality",
      "coherence",
      IndicatorGroup.COHERENCE_SUPPORTING,
      "hurt and its context named together");

  private final String id;
  private final String maxim;
  private final String scale;
  private final IndicatorGroup group;
  private final String description;

  IndicatorType(String id, String maxim, String scale, IndicatorGroup group, String description) {
    this.id = id;
    this.maxim = maxim;
    this.scale = scale;
    this.group = group;
    this.description = description;
  }

  /** Stable identifier, e.g. {@code lack_of_recall}. */
  public String id() {
    return id;
  }

  /** The Gricean maxim the indicator speaks to: quality, quantity, relation or manner. */
  public String maxim() {
    return maxim;
  }

  /** The coding scale the indicator informs. */
  public String scale() {
    return scale;
  }

  /** The descriptive group the profile counts it in. */
  public IndicatorGroup group() {
    return group;
  }

  /** One line saying what fires the indicator. */
  public String description() {
    return description;
  }

  /** The type with this identifier. */
  public static IndicatorType ofId(String id) {
    for (IndicatorType type : values()) {
      if (type.id.equals(id)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown indicator id: " + id);
  }
}
