package org.securebase.core.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a response set from its instrument definition: reverse keys ({@code min + max - x}, so 8 -
 * x on a 1-7 scale), recodings (RFQ-8 polar scoring), the mean or weighted sum, and the
 * missing-data rule (a subscale with too many missing items is missing, not zero). Instruments
 * rated per target get one score per target and subscale plus a global score, the mean over the
 * targets that have a score.
 *
 * <p>Stateless and thread-safe. There is never a total over subscales.
 */
public final class Scorer {

  private Scorer() {}

  /**
   * Scores one response set.
   *
   * @throws InvalidResponseException when the set is for another instrument or version, names an
   *     item the definition does not have, or holds an answer outside the item's range (the key is
   *     named)
   */
  public static ScoreSheet score(Instrument instrument, ResponseSet responses) {
    check(instrument, responses);
    List<Score> scores = new ArrayList<>();
    if (!instrument.isTargeted()) {
      for (Subscale subscale : instrument.subscales()) {
        scores.add(scoreSubscale(instrument, subscale, null, responses.answers()));
      }
      return new ScoreSheet(instrument.id(), instrument.version(), scores);
    }
    for (Target target : instrument.targets()) {
      for (Subscale subscale : instrument.subscales()) {
        scores.add(scoreSubscale(instrument, subscale, target.id(), responses.answers()));
      }
    }
    for (Subscale subscale : instrument.subscales()) {
      List<Double> perTarget =
          scores.stream()
              .filter(s -> s.subscaleId().equals(subscale.id()) && !s.isMissing())
              .map(Score::value)
              .toList();
      Double global =
          perTarget.isEmpty()
              ? null
              : perTarget.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      scores.add(
          new Score(
              instrument.id(),
              instrument.version(),
              subscale.id(),
              Score.GLOBAL,
              global,
              perTarget.size(),
              instrument.targets().size()));
    }
    return new ScoreSheet(instrument.id(), instrument.version(), scores);
  }

  private static void check(Instrument instrument, ResponseSet responses) {
    if (!instrument.id().equals(responses.instrumentId())
        || !instrument.version().equals(responses.instrumentVersion())) {
      throw new InvalidResponseException(
          "response set is for "
              + responses.instrumentId()
              + " version "
              + responses.instrumentVersion()
              + " but the definition is "
              + instrument.id()
              + " version "
              + instrument.version());
    }
    Set<String> known = new HashSet<>(instrument.answerKeys());
    for (String key : responses.itemOrder()) {
      if (!known.contains(key)) {
        throw new InvalidResponseException(
            "item '" + key + "' is not part of " + instrument.id() + " " + instrument.version());
      }
    }
    for (Map.Entry<String, Integer> answer : responses.answers().entrySet()) {
      ResponseScale scale = instrument.scaleOf(itemOf(instrument, answer.getKey()));
      if (!scale.contains(answer.getValue())) {
        throw new InvalidResponseException(
            "answer "
                + answer.getValue()
                + " to item '"
                + answer.getKey()
                + "' is outside "
                + scale.min()
                + ".."
                + scale.max());
      }
    }
  }

  private static Item itemOf(Instrument instrument, String answerKey) {
    String itemId =
        instrument.isTargeted()
            ? answerKey.substring(answerKey.indexOf(Instrument.TARGET_SEPARATOR) + 1)
            : answerKey;
    return instrument.item(itemId).orElseThrow();
  }

  private static Score scoreSubscale(
      Instrument instrument, Subscale subscale, String target, Map<String, Integer> answers) {
    List<Double> keyed = new ArrayList<>();
    double weightedSum = 0;
    for (String itemId : subscale.items()) {
      Integer answer = answers.get(Instrument.answerKey(target, itemId));
      if (answer == null) {
        continue;
      }
      double value = keyedValue(instrument, subscale, itemId, answer);
      keyed.add(value);
      weightedSum += value * subscale.weights().getOrDefault(itemId, 0);
    }
    int total = subscale.items().size();
    int missing = total - keyed.size();
    Double value;
    if (subscale.aggregation() == Aggregation.WEIGHTED_SUM) {
      value = missing == 0 ? weightedSum : null;
    } else if (instrument.missingData().allows(missing, total)) {
      value = keyed.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    } else {
      value = null;
    }
    return new Score(
        instrument.id(), instrument.version(), subscale.id(), target, value, keyed.size(), total);
  }

  private static double keyedValue(
      Instrument instrument, Subscale subscale, String itemId, int answer) {
    Map<Integer, Double> recoding = subscale.recodings().get(itemId);
    if (recoding != null) {
      return recoding.get(answer);
    }
    if (subscale.reverseKeyed().contains(itemId)) {
      return instrument.scaleOf(instrument.item(itemId).orElseThrow()).reverse(answer);
    }
    return answer;
  }
}
