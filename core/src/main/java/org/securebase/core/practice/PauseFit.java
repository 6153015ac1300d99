package org.securebase.core.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes the silences of a script so that speech plus silence lasts the chosen time: every pause
 * gets a short floor (so sentences never run together), and the rest of the time is shared out in
 * proportion to each template's pause weight. Longer practices therefore get longer rests, not
 * faster speech. When speech alone fills the time the pauses stay at their floor. Pure function.
 */
final class PauseFit {

  /** Silence after a sentence whose template asks for none: a breath between sentences. */
  static final double FLOOR_UNWEIGHTED = 0.6;

  /** Floor after a sentence with a weighted pause. */
  static final double FLOOR_WEIGHTED = 1.2;

  private PauseFit() {}

  static List<ScriptSentence> fit(
      List<ScriptSentence> sentences, List<Double> speech, double seconds) {
    List<Integer> weights = sentences.stream().map(ScriptSentence::pauseWeight).toList();
    double fixed = 0;
    int totalWeight = 0;
    for (int i = 0; i < sentences.size(); i++) {
      fixed += speech.get(i) + floor(weights.get(i));
      totalWeight += weights.get(i);
    }
    double perWeight = totalWeight == 0 ? 0 : Math.max(0, (seconds - fixed) / totalWeight);
    List<ScriptSentence> timed = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      double pause = floor(weights.get(i)) + weights.get(i) * perWeight;
      timed.add(sentences.get(i).timed(speech.get(i), pause));
    }
    return timed;
  }

  private static double floor(int weight) {
    return weight == 0 ? FLOOR_UNWEIGHTED : FLOOR_WEIGHTED;
  }
}
