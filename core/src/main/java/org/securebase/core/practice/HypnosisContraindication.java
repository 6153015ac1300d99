package org.securebase.core.practice;

import java.util.List;

/**
 * The checklist a clinician goes through before enabling hypnosis-style practice for one client.
 * Any item present keeps it disabled; the client still has grounding, self-compassion and
 * secure-base practices. Each item names the evidence behind it (source numbers of the practice
 * template file) or is editorial where it is a common clinical caution rather than a finding.
 */
public enum HypnosisContraindication {
  /** Psychosis now or in the past: absorption can blur what is real. */
  PSYCHOSIS(List.of(37, 36), false),
  /** A dissociative disorder, or frequent dissociation: narrowing attention can deepen it. */
  DISSOCIATIVE_DISORDER(List.of(37, 40), false),
  /** Epilepsy or other seizures. */
  SEIZURES(List.of(), true),
  /** Current substance use or intoxication that clouds awareness. */
  SUBSTANCE_USE(List.of(), true),
  /** Suicidal thoughts or self-harm at present. */
  SUICIDAL_THOUGHTS_OR_SELF_HARM(List.of(36), true),
  /** Trauma symptoms not yet stabilized (flashbacks, being overwhelmed by reminders). */
  UNSTABILIZED_TRAUMA_SYMPTOMS(List.of(31, 36), false),
  /**
   * The client may give evidence about past events in legal proceedings: hypnosis can change how
   * memories are reported and how confident the person feels about them.
   */
  POSSIBLE_TESTIMONY(List.of(38), false),
  /** The client does not want it, or has had a bad experience with hypnosis or meditation. */
  CLIENT_RELUCTANT(List.of(40), true);

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
