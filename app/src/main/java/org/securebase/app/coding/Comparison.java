package org.securebase.app.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.attachment.ClassificationScheme;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.LossScore;
import org.securebase.core.attachment.Parent;
import org.securebase.core.attachment.ScaleScore;

/** Two final codings of one transcript side by side, row by row, with the differences marked. */
final class Comparison {

  /** One line of the comparison; {@code differs} when the two entries are not the same. */
  record Row(String label, String first, String second, boolean differs) {}

  private Comparison() {}

  static List<Row> rows(StoredCoding a, StoredCoding b) {
    Coding x = a.coding();
    Coding y = b.coding();
    List<Row> rows = new ArrayList<>();
    rows.add(row("Classification", a.notation(), b.notation()));
    for (ClassificationScheme s : ClassificationScheme.values()) {
      rows.add(
          row(
              s.name()
                  .replace("_WAY", "-way")
                  .replace("TWO", "2")
                  .replace("THREE", "3")
                  .replace("FOUR", "4"),
              x.classification().map(s::categoryOf).orElse(""),
              y.classification().map(s::categoryOf).orElse("")));
    }
    for (AaiScale scale : AaiScale.values()) {
      if (scale.perLoss()) {
        rows.add(row(scale.label() + " (losses)", losses(x), losses(y)));
        rows.add(
            row(
                scale.label() + " (highest)",
                x.scores().score(scale).map(ScaleScore::toString).orElse(""),
                y.scores().score(scale).map(ScaleScore::toString).orElse("")));
      } else if (scale.perParent()) {
        for (Parent p : List.of(Parent.MOTHER, Parent.FATHER)) {
          rows.add(
              row(
                  scale.label() + " (" + p.name().toLowerCase() + ")",
                  x.scores().score(scale, p).map(ScaleScore::toString).orElse(""),
                  y.scores().score(scale, p).map(ScaleScore::toString).orElse("")));
        }
      } else {
        rows.add(
            row(
                scale.label(),
                x.scores().score(scale).map(ScaleScore::toString).orElse(""),
                y.scores().score(scale).map(ScaleScore::toString).orElse("")));
      }
    }
    rows.add(
        row(
            "Earned/continuous (" + (a.earned() == null ? "rule" : a.earned().ruleId()) + ")",
            a.earned() == null ? "" : inWords(a.earned().status()),
            b.earned() == null ? "" : inWords(b.earned().status())));
    return rows;
  }

  /** A status as a coder reads it ("not secure"), never its name in code ({@code NOT_SECURE}). */
  private static String inWords(Object status) {
    String name = status instanceof Enum<?> e ? e.name() : String.valueOf(status);
    return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String losses(Coding c) {
    return c.scores().losses().stream()
        .map(LossScore::score)
        .map(ScaleScore::toString)
        .collect(Collectors.joining("; "));
  }

  private static Row row(String label, String first, String second) {
    return new Row(label, first, second, !first.equals(second));
  }
}
