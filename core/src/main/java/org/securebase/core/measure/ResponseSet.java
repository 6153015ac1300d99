package org.securebase.core.measure;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One administration's answers, kept with the instrument id, the definition version and the order
 * the items were shown in. Scores go silently wrong when answers are stored without the version or
 * the order, so both are required here. Immutable.
 *
 * <p>Answer keys are item ids, or {@code target.itemId} for instruments rated per relationship
 * target ({@code mother.1}); see {@link Instrument#answerKey(String, String)}. A missing answer is
 * simply absent from {@code answers}.
 *
 * @param instrumentId the instrument answered
 * @param instrumentVersion the definition version the form was built from
 * @param itemOrder the answer keys in the order they were shown; includes every answered key
 * @param answers answer per answer key; missing answers are absent
 */
public record ResponseSet(
    String instrumentId,
    String instrumentVersion,
    List<String> itemOrder,
    Map<String, Integer> answers) {

  public ResponseSet {
    if (instrumentId == null || instrumentId.isBlank()) {
      throw new InvalidResponseException("instrumentId is required");
    }
    if (instrumentVersion == null || instrumentVersion.isBlank()) {
      throw new InvalidResponseException("instrumentVersion is required");
    }
    if (itemOrder == null || itemOrder.isEmpty()) {
      throw new InvalidResponseException(
          "itemOrder is required: store the order the items were shown in");
    }
    Set<String> seen = new HashSet<>();
    for (String key : itemOrder) {
      if (key == null || !seen.add(key)) {
        throw new InvalidResponseException("itemOrder lists '" + key + "' twice or is blank");
      }
    }
    if (answers == null) {
      answers = Map.of();
    }
    for (Map.Entry<String, Integer> answer : answers.entrySet()) {
      if (answer.getValue() == null) {
        throw new InvalidResponseException(
            "answer to '" + answer.getKey() + "' is null; leave a missing answer out instead");
      }
      if (!seen.contains(answer.getKey())) {
        throw new InvalidResponseException(
            "item '" + answer.getKey() + "' was answered but is not in itemOrder");
      }
    }
    itemOrder = List.copyOf(itemOrder);
    answers = Map.copyOf(new LinkedHashMap<>(answers));
  }

  /** A response set shown in the definition's canonical order. */
  public static ResponseSet inCanonicalOrder(Instrument instrument, Map<String, Integer> answers) {
    return new ResponseSet(instrument.id(), instrument.version(), instrument.answerKeys(), answers);
  }
}
