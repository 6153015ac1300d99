package org.securebase.core.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How many participants are earned-secure under each retrospective rule variant, side by side, so a
 * reader sees how much the count depends on the cut-offs. Each row carries its rule and parameters.
 * Participants without a final coding are counted apart and are not in {@code n}.
 *
 * @param rows one row per rule, in the order given
 * @param participants all participants passed in
 * @param withoutCoding participants with no final coding
 */
public record EarnedSecuritySensitivityTable(List<Row> rows, int participants, int withoutCoding) {

  public EarnedSecuritySensitivityTable {
    rows = List.copyOf(rows);
  }

  /** The table under the published variants ({@link EarnedSecurityRule#PUBLISHED_VARIANTS}). */
  public static EarnedSecuritySensitivityTable of(List<StudyParticipant> participants) {
    return of(participants, EarnedSecurityRule.PUBLISHED_VARIANTS);
  }

  /** The table under the given rules. */
  public static EarnedSecuritySensitivityTable of(
      List<StudyParticipant> participants, List<EarnedSecurityRule> rules) {
    StudyParticipant.requireUniqueIds(participants);
    if (rules.isEmpty()) {
      throw new InvalidEntryException("rules", "name at least one rule");
    }
    List<Coding> codings =
        participants.stream().flatMap(p -> p.adultCodingIfPresent().stream()).toList();
    List<Row> rows = new ArrayList<>();
    for (EarnedSecurityRule rule : rules) {
      int[] counts = new int[EarnedStatus.values().length];
      for (Coding c : codings) {
        counts[rule.evaluate(c).status().ordinal()]++;
      }
      rows.add(
          new Row(
              rule,
              codings.size(),
              counts[EarnedStatus.EARNED.ordinal()],
              counts[EarnedStatus.CONTINUOUS.ordinal()],
              counts[EarnedStatus.UNDETERMINED.ordinal()],
              counts[EarnedStatus.NOT_SECURE.ordinal()]));
    }
    return new EarnedSecuritySensitivityTable(
        rows, participants.size(), participants.size() - codings.size());
  }

  /**
   * Counts under one rule.
   *
   * @param n participants with a final coding
   */
  public record Row(
      EarnedSecurityRule rule, int n, int earned, int continuous, int undetermined, int notSecure) {

    /** Earned-secure participants as a share of n; empty when n is 0. */
    public OptionalDouble earnedShare() {
      return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) earned / n);
    }

    /** Continuous-secure participants as a share of n; empty when n is 0. */
    public OptionalDouble continuousShare() {
      return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) continuous / n);
    }

    /**
     * Earned among those whose status the rule could settle as earned or continuous; empty when
     * there are none.
     */
    public OptionalDouble earnedShareOfDeterminedSecure() {
      int d = earned + continuous;
      return d == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) earned / d);
    }

    public String ruleId() {
      return rule.id();
    }

    public Map<String, String> parameters() {
      return rule.parameters();
    }
  }
}
