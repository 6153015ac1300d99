package org.securebase.core.practice;

import java.util.List;
import java.util.Objects;

/**
 * One sentence template of the data file: its id, where it goes in the script, the inputs that
 * select it, the weight of the silence after it, and its evidence marks. Immutable.
 *
 * @param id stable id, shown beside every sentence it produces
 * @param section where in the script it goes
 * @param when the conditions that must all hold; empty means "always"
 * @param pauseWeight weight of the silence after the sentence (0 = none)
 * @param sources numbered sources behind the sentence
 * @param editorial true when the sentence is (also) the team's own voice
 * @param text the sentence, with {@code {placeholders}}
 */
public record ScriptTemplate(
    String id,
    Section section,
    List<Condition> when,
    int pauseWeight,
    List<Integer> sources,
    boolean editorial,
    String text) {

  public ScriptTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(section, "section");
    when = List.copyOf(when);
    sources = List.copyOf(sources);
    Objects.requireNonNull(text, "text");
  }

  /** The parts of a script, in the order they are spoken. */
  public enum Section {
    OPENING,
    GROUNDING,
    BODY,
    PULL,
    INSTEAD,
    PRACTICE,
    ASPIRATION,
    ORIENTING,
    CLOSING
  }

  /** True when every condition holds for {@code inputs}. */
  public boolean selects(PracticeInputs inputs) {
    return when.stream().allMatch(c -> c.holds(inputs));
  }

  /** The evidence mark as written in the script: {@code "3"}, {@code "31, editorial"}... */
  public String mark() {
    StringBuilder b = new StringBuilder();
    for (int n : sources) {
      b.append(b.isEmpty() ? "" : ", ").append(n);
    }
    if (editorial) {
      b.append(b.isEmpty() ? "" : ", ").append("editorial");
    }
    return b.toString();
  }

  /**
   * Why the template was chosen, in the data file's own terms: "always" or "pull=ANXIOUS_PROTEST".
   */
  public String reason() {
    if (when.isEmpty()) {
      return "always";
    }
    return String.join(" & ", when.stream().map(Condition::toString).toList());
  }

  /**
   * One condition: an input and the values that satisfy it. For {@code roles} and {@code
   * background} the values are {@code any} or {@code none}; for {@code bell}, {@code yes} or {@code
   * no}.
   */
  public record Condition(String input, List<String> values) {

    public Condition {
      values = List.copyOf(values);
    }

    boolean holds(PracticeInputs in) {
      return values.contains(valueOf(in));
    }

    private String valueOf(PracticeInputs in) {
      return switch (input) {
        case "pull" -> in.pull().name();
        case "trigger" -> in.trigger().name();
        case "body" -> in.body().name();
        case "instead" -> in.instead().name();
        case "style" -> in.style().name();
        case "eyes" -> in.eyes().name();
        case "length" -> Integer.toString(in.minutes());
        case "roles" -> in.supportRoles().isEmpty() ? "none" : "any";
        case "bell" -> in.closingBell() ? "yes" : "no";
        case "background" -> in.background() == PracticeInputs.Background.NONE ? "none" : "any";
        default -> throw new IllegalStateException("unknown input " + input);
      };
    }

    /** The values an input can take, so the loader can refuse a typo in the data file. */
    static List<String> domain(String input) {
      return switch (input) {
        case "pull" -> names(PracticeInputs.Pull.values());
        case "trigger" -> names(PracticeInputs.Trigger.values());
        case "body" -> names(PracticeInputs.BodyLocation.values());
        case "instead" -> names(PracticeInputs.Instead.values());
        case "style" -> names(PracticeInputs.Style.values());
        case "eyes" -> names(PracticeInputs.Eyes.values());
        case "length" -> List.of("5", "10", "15");
        case "roles", "background" -> List.of("any", "none");
        case "bell" -> List.of("yes", "no");
        default -> List.of();
      };
    }

    private static List<String> names(Enum<?>[] values) {
      return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    @Override
    public String toString() {
      return input + "=" + String.join("/", values);
    }
  }
}
