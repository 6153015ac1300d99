package org.securebase.app.coding;

import java.util.LinkedHashMap;
import java.util.Map;
import org.securebase.app.kernel.BadInputException;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.attachment.Classification;
import org.securebase.core.attachment.InvalidEntryException;
import org.securebase.core.attachment.LossScore;
import org.securebase.core.attachment.Parent;
import org.securebase.core.attachment.ScaleScore;
import org.securebase.core.attachment.ScaleScores;

/**
 * A coding form read into the core's types, checked field by field. Every problem is collected with
 * the name of its field, so a page can show each one beside its field.
 */
public record CodingEntry(ScaleScores scores, Classification classification) {

  /** Problems found while reading a form; the first one is the exception's field and message. */
  static final class Problems extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> byField;

    Problems(Map<String, String> byField) {
      super(byField.keySet().iterator().next(), byField.values().iterator().next());
      this.byField = Map.copyOf(byField);
    }

    Map<String, String> byField() {
      return byField;
    }
  }

  public static CodingEntry read(CodingForm form) {
    Map<String, String> problems = new LinkedHashMap<>();
    ScaleScores.Builder b = ScaleScores.builder();
    for (Map.Entry<String, String> e : form.getScores().entrySet()) {
      String key = e.getKey();
      String text = e.getValue();
      if (text == null || text.isBlank()) {
        continue;
      }
      try {
        String[] parts = key.split(":", 2);
        AaiScale scale = AaiScale.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
        if (scale.perLoss()) {
          problems.put("scores[" + key + "]", "enter unresolved losses one row per loss");
          continue;
        }
        ScaleScore score = ScaleScore.parse(scale, text);
        if (scale.perParent()) {
          if (parts.length < 2) {
            problems.put(
                "scores[" + key + "]", "rated per parent: use " + scale.name() + ":MOTHER");
            continue;
          }
          b.score(scale, Parent.of(parts[1]), score);
        } else {
          b.score(scale, score);
        }
      } catch (IllegalArgumentException ex) {
        problems.put("scores[" + key + "]", message(ex, key));
      }
    }
    int rows = Math.max(form.getLossLabels().size(), form.getLossScores().size());
    for (int i = 0; i < rows; i++) {
      String label = i < form.getLossLabels().size() ? form.getLossLabels().get(i) : null;
      String score = i < form.getLossScores().size() ? form.getLossScores().get(i) : null;
      boolean noLabel = label == null || label.isBlank();
      boolean noScore = score == null || score.isBlank();
      if (noLabel && noScore) {
        continue;
      }
      if (noLabel) {
        problems.put("lossLabels[" + i + "]", "name the loss (for example \"grandfather, age 9\")");
        continue;
      }
      if (noScore) {
        problems.put("lossScores[" + i + "]", "rate the loss " + label.strip() + " from 1 to 9");
        continue;
      }
      try {
        b.loss(new LossScore(label.strip(), ScaleScore.parse(AaiScale.UNRESOLVED_LOSS, score)));
      } catch (IllegalArgumentException ex) {
        problems.put("lossScores[" + i + "]", message(ex, "loss " + (i + 1)));
      }
    }
    Classification classification = null;
    try {
      if (form.notation().equals("?")) {
        problems.put(
            "organized",
            "U and CC are overlays: choose the best-fitting organized classification too");
      } else {
        classification = form.parsedClassificationOrNull();
      }
    } catch (IllegalArgumentException ex) {
      problems.put(
          form.getClassification() != null && !form.getClassification().isBlank()
              ? "classification"
              : "subclass",
          message(ex, "classification"));
    }
    if (!problems.isEmpty()) {
      throw new Problems(problems);
    }
    return new CodingEntry(b.build(), classification);
  }

  private static String message(IllegalArgumentException ex, String fallback) {
    String m = ex.getMessage();
    if (ex instanceof InvalidEntryException iee && m.startsWith(iee.field() + ": ")) {
      return iee.field() + " " + m.substring(iee.field().length() + 2);
    }
    return m == null ? fallback + " is not valid" : m;
  }
}
