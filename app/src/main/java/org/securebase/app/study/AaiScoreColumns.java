package org.securebase.app.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.attachment.LossScore;
import org.securebase.core.attachment.Parent;
import org.securebase.core.attachment.ScaleScore;
import org.securebase.core.attachment.ScaleScores;

/**
 * The AAI scale columns of an imported coding summary, named from the core's scales: {@code
 * loving_mother}, {@code loving_father} ... for scales rated per parent, {@code coherence_of_mind}
 * ... for the others, and {@code unresolved_loss} for the highest unresolved-loss rating (imported
 * summaries carry one number, stored as one loss). Values are checked by the core's {@link
 * ScaleScore#parse}; {@code NS} means "not scorable".
 */
final class AaiScoreColumns {

  /** A column: its name, the scale and the parent (null when not per parent). */
  record Column(String name, AaiScale scale, Parent parent) {
    String label() {
      return scale.label()
          + (parent == null ? "" : " (" + parent.name().toLowerCase(Locale.ROOT) + ")");
    }
  }

  /** Label of the single loss an imported summary holds. */
  static final String IMPORTED_LOSS = "highest loss (imported summary)";

  static final List<Column> COLUMNS = columns();

  private static final Map<String, Column> BY_NAME = byName();

  private AaiScoreColumns() {}

  private static List<Column> columns() {
    List<Column> list = new ArrayList<>();
    for (AaiScale scale : AaiScale.values()) {
      String base = scale.name().toLowerCase(Locale.ROOT);
      if (scale.perParent()) {
        list.add(new Column(base + "_mother", scale, Parent.MOTHER));
        list.add(new Column(base + "_father", scale, Parent.FATHER));
      } else {
        list.add(new Column(base, scale, null));
      }
    }
    return Collections.unmodifiableList(list);
  }

  private static Map<String, Column> byName() {
    Map<String, Column> m = new LinkedHashMap<>();
    COLUMNS.forEach(c -> m.put(c.name(), c));
    return m;
  }

  static Column column(String name) {
    return BY_NAME.get(name);
  }

  /** Checks one cell; the returned score is valid for the column's scale. */
  static ScaleScore parse(Column column, String text) {
    return ScaleScore.parse(column.scale(), text);
  }

  /** The stored form: {@code loving_mother=3;coherence_of_mind=6.5;loving_father=NS}. */
  static String encode(Map<Column, ScaleScore> scores) {
    List<String> parts = new ArrayList<>();
    for (Column c : COLUMNS) {
      ScaleScore s = scores.get(c);
      if (s != null) {
        parts.add(c.name() + "=" + (s.isScorable() ? s.toString() : "NS"));
      }
    }
    return String.join(";", parts);
  }

  /**
   * The stored form of a workbench coding's scores: the per-parent scales for mother and father
   * (other caregivers have no column), and the highest unresolved-loss rating as the one loss.
   */
  static String encode(ScaleScores scores) {
    Map<Column, ScaleScore> m = new LinkedHashMap<>();
    for (Column c : COLUMNS) {
      Optional<ScaleScore> v;
      if (c.scale().perLoss()) {
        v = scores.losses().stream().map(LossScore::score).max(Comparator.naturalOrder());
      } else if (c.parent() != null) {
        v = scores.score(c.scale(), c.parent());
      } else {
        v = scores.score(c.scale());
      }
      v.ifPresent(x -> m.put(c, x));
    }
    return encode(m);
  }

  /** Column name to stored text ({@code NS} for not scorable), in column order. */
  static Map<String, String> decode(String stored) {
    Map<String, String> m = new LinkedHashMap<>();
    if (stored == null || stored.isBlank()) {
      return m;
    }
    for (String part : stored.split(";")) {
      int eq = part.indexOf('=');
      m.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return m;
  }

  /** The core's scale scores from the stored form. */
  static ScaleScores scores(String stored) {
    ScaleScores.Builder b = ScaleScores.builder();
    decode(stored)
        .forEach(
            (name, text) -> {
              Column c = BY_NAME.get(name);
              ScaleScore s = ScaleScore.parse(c.scale(), text);
              if (c.scale().perLoss()) {
                b.loss(new LossScore(IMPORTED_LOSS, s));
              } else if (c.parent() != null) {
                b.score(c.scale(), c.parent(), s);
              } else {
                b.score(c.scale(), s);
              }
            });
    return b.build();
  }
}
