package org.securebase.core.discourse.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.securebase.core.discourse.IndicatorType;

/**
 * The F1 levels recorded in the repository below which an indicator counts as made worse: {@code
 * <indicator>.span=0.80} and {@code <indicator>.item=0.85}, read from a properties file. An
 * indicator without a line is not guarded. Immutable.
 */
public record F1Thresholds(Properties levels) {

  public F1Thresholds {
    Properties copy = new Properties();
    copy.putAll(levels);
    levels = copy;
  }

  public static F1Thresholds parse(String content) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String key : p.stringPropertyNames()) {
      String[] parts = key.split("\\.");
      if (parts.length != 2 || !(parts[1].equals("span") || parts[1].equals("item"))) {
        throw new CorpusFormatException("threshold key '" + key + "': use <indicator>.span|item");
      }
      IndicatorType.ofId(parts[0]);
      Double.parseDouble(p.getProperty(key));
    }
    return new F1Thresholds(p);
  }

  /** One line per guarded indicator and level whose F1 is now below its recorded level. */
  public List<String> violations(MethodEvaluation engine) {
    List<String> out = new ArrayList<>();
    for (IndicatorType type : IndicatorType.values()) {
      check(type, "span", engine.span(type), out);
      check(type, "item", engine.item(type), out);
    }
    return out;
  }

  private void check(IndicatorType type, String level, Score score, List<String> out) {
    String v = levels.getProperty(type.id() + "." + level);
    if (v == null) {
      return;
    }
    double min = Double.parseDouble(v);
    double f1 = score.f1().orElse(0.0);
    if (f1 < min) {
      out.add(
          String.format(
              Locale.ROOT,
              "%s %s-level F1 %.3f is below the recorded %.3f (TP %d, FP %d, FN %d)",
              type.id(),
              level,
              f1,
              min,
              score.truePositives(),
              score.falsePositives(),
              score.falseNegatives()));
    }
  }
}
