package org.securebase.core.practice;

import java.util.List;

/**
 * The checklist a clinician goes through before enabling hypnosis-style practice for one client.
 * Any item present keeps it disabled; the client still has grounding, self-compassion and
 * secure-base practices. Each item names the evidence behind it (source numbers of the practice
 * template file) or is editorial where it is a common clinical caution rather than a finding. Since
 * template version 2 every item is editorial: the sources first named for them (meditation and
 * hypnosis adverse-event reviews) are not in the shared evidence library and could not be checked.
 */
public enum HypnosisContraindication {
  /** Psychosis now or in the past: absorption can blur what is real. */
  PSYCHOSIS(List.of(), true),
  /** A dissociative disorder, or frequent dissociation: narrowing attention can deepen it. */
  DISSOCIATIVE_DISORDER(List.of(), true),
  /** Epilepsy or other seizures. */
  SEIZURES(List.of(), true),
  /** Current substance use or intoxication that clouds awareness. */
  SUBSTANCE_USE(List.of(), true),
  /** Suicidal thoughts or self-harm at present. */
  SUICIDAL_THOUGHTS_OR_SELF_HARM(List.of(), true),
  /** Trauma symptoms not yet stabilized (flashbacks, being overwhelmed by reminders). */
  UNSTABILIZED_TRAUMA_SYMPTOMS(List.of(), true),
  /**
   * The client may give evidence about past events in legal proceedings: hypnosis can change how
   * memories are reported and how confident the person feels about them.
   */
  POSSIBLE_TESTIMONY(List.of(), true),
  /** The client does not want it, or has had a bad experience with hypnosis or meditation. */
  CLIENT_RELUCTANT(List.of(), true);

  private final List<Integer> sources;
  private final boolean editorial;

  HypnosisContraindication(List<Integer> sources, boolean editorial) {
    this.sources = sources;
    this.editorial = editorial;
  }

  public List<Integer> sources() {
    return sources;
  }

  public boolean editorial() {
    return editorial;
  }

  /** The evidence mark, as in the scripts: {@code "37, 36"} or {@code "editorial"}. */
  public String mark() {
    StringBuilder b = new StringBuilder();
    sources.forEach(n -> b.append(b.isEmpty() ? "" : ", ").append(n));
    if (editorial) {
      b.append(b.isEmpty() ? "" : ", ").append("editorial");
    }
    return b.toString();
  }
}
