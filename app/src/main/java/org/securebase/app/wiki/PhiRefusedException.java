package org.securebase.app.wiki;

import java.util.List;

/**
 * Text refused by the PHI guard; answered with 422. Carries the kinds and places only: its message
 * never holds the refused text, so nothing identifying reaches a log.
 */
public class PhiRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One finding.
   *
   * @param field the form field ({@code text}, {@code reason}, {@code creditName} ...)
   * @param kind the guard's kind code ({@code person}, {@code place} ...)
   * @param start offset of the first character within the field
   * @param end offset past the last character
   */
  public record Refusal(String field, String kind, int start, int end) {
    public String fieldKey() {
      return "wiki.field." + field;
    }

    public String kindKey() {
      return "wiki.phi.kind." + kind;
    }
  }

  private final List<Refusal> refusals;
  private final transient java.util.Map<String, String> suggestedWording;

  public PhiRefusedException(
      List<Refusal> refusals, java.util.Map<String, String> suggestedWording) {
    super("refused by the PHI guard: " + refusals.size() + " finding(s)");
    this.refusals = List.copyOf(refusals);
    this.suggestedWording = java.util.Map.copyOf(suggestedWording);
  }

  public List<Refusal> refusals() {
    return refusals;
  }

  /** Per field, the submitted text with each identifier replaced: for the submitter only. */
  public java.util.Map<String, String> suggestedWording() {
    return suggestedWording;
  }
}
