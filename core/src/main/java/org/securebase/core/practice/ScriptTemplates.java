package org.securebase.core.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioned sentence templates of {@code templates.txt} (written by the team, in the same
 * spirit as the discourse lexicons): its version, its sources, its phrase fragments and its
 * templates in file order. A malformed file fails loudly on load, naming the line. Immutable and
 * thread-safe; {@link #builtIn()} is read once.
 */
public final class ScriptTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  /** A numbered source with its tier (1 peer-reviewed, 2 book, 3 explainer). */
  public record Source(int number, int tier, String citation) {}

  private final String version;
  private final Map<Integer, Source> sources;
  private final Map<String, String> phrases;
  private final List<ScriptTemplate> templates;

  private ScriptTemplates(
      String version,
      Map<Integer, Source> sources,
      Map<String, String> phrases,
      List<ScriptTemplate> templates) {
    this.version = version;
    this.sources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sources));
    this.phrases = Map.copyOf(phrases);
    this.templates = List.copyOf(templates);
  }

  private static final class Holder {
    static final ScriptTemplates BUILT_IN = load();
  }

  /** The templates shipped with this build. */
  public static ScriptTemplates builtIn() {
    return Holder.BUILT_IN;
  }

  private static ScriptTemplates load() {
    try (InputStream in = ScriptTemplates.class.getResourceAsStream("templates.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource practice/templates.txt");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a template file; throws {@link IllegalStateException} naming the first bad line. */
  static ScriptTemplates parse(String text) {
    String version = null;
    Map<Integer, Source> sources = new LinkedHashMap<>();
    Map<String, String> phrases = new LinkedHashMap<>();
    List<ScriptTemplate> templates = new ArrayList<>();
    String section = null;
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = "templates.txt line " + (i + 1) + ": ";
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
        continue;
      }
      if (section == null) {
        throw new IllegalStateException(where + "text outside a section");
      }
      switch (section) {
        case "version" -> version = line;
        case "source" -> {
          String[] f = fields(line, 3, where);
          int n = Integer.parseInt(f[0]);
          sources.put(n, new Source(n, Integer.parseInt(f[1]), f[2]));
        }
        case "phrase" -> {
          int eq = line.indexOf('=');
          if (eq < 0) {
            throw new IllegalStateException(where + "a phrase needs key = words");
          }
          phrases.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        case "template" -> templates.add(template(fields(line, 6, where), where));
        default -> throw new IllegalStateException(where + "unknown section [" + section + "]");
      }
    }
    if (version == null) {
      throw new IllegalStateException("templates.txt: no [version]");
    }
    ScriptTemplates parsed = new ScriptTemplates(version, sources, phrases, templates);
    parsed.check();
    return parsed;
  }

  private static String[] fields(String line, int count, String where) {
    String[] f = line.split("\\|", count);
    if (f.length != count) {
      throw new IllegalStateException(where + "expected " + count + " fields separated by |");
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    return f;
  }

  private static ScriptTemplate template(String[] f, String where) {
    ScriptTemplate.Section section;
    try {
      section = ScriptTemplate.Section.valueOf(f[1].toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + "unknown section " + f[1], e);
    }
    List<ScriptTemplate.Condition> when = new ArrayList<>();
    if (!f[2].equals("always")) {
      for (String c : f[2].split("&")) {
        String[] kv = c.strip().split("=", 2);
        if (kv.length != 2) {
          throw new IllegalStateException(where + "condition must be input=VALUE: " + c);
        }
        List<String> values = List.of(kv[1].strip().split("/"));
        List<String> domain = ScriptTemplate.Condition.domain(kv[0].strip());
        if (domain.isEmpty() || !domain.containsAll(values)) {
          throw new IllegalStateException(where + "unknown input or value in " + c.strip());
        }
        when.add(new ScriptTemplate.Condition(kv[0].strip(), values));
      }
    }
    List<Integer> sources = new ArrayList<>();
    boolean editorial = false;
    for (String mark : f[4].split(",")) {
      String m = mark.strip();
      if (m.equals("editorial")) {
        editorial = true;
      } else if (m.matches("\\d+")) {
        sources.add(Integer.parseInt(m));
      } else {
        throw new IllegalStateException(where + "a mark is a source number or editorial: " + m);
      }
    }
    return new ScriptTemplate(
        f[0], section, when, Integer.parseInt(f[3]), sources, editorial, f[5]);
  }

  /** Every template cites a listed source or is editorial, every placeholder is known. */
  private void check() {
    for (ScriptTemplate t : templates) {
      if (t.sources().isEmpty() && !t.editorial()) {
        throw new IllegalStateException(t.id() + ": no source and no editorial mark");
      }
      for (int n : t.sources()) {
        if (!sources.containsKey(n)) {
          throw new IllegalStateException(t.id() + ": source " + n + " is not listed");
        }
      }
      Matcher m = PLACEHOLDER.matcher(t.text());
      while (m.find()) {
        if (!List.of("pull", "trigger", "body", "instead", "roles", "aspiration")
            .contains(m.group(1))) {
          throw new IllegalStateException(t.id() + ": unknown placeholder {" + m.group(1) + "}");
        }
      }
    }
  }

  public String version() {
    return version;
  }

  public List<ScriptTemplate> templates() {
    return templates;
  }

  public Optional<Source> source(int number) {
    return Optional.ofNullable(sources.get(number));
  }

  /** The sources, by number. */
  public Map<Integer, Source> sources() {
    return sources;
  }

  /** The words for {@code key} ({@code body.CHEST}); a missing key is a data-file error. */
  String phrase(String key) {
    String words = phrases.get(key);
    if (words == null) {
      throw new IllegalStateException("templates.txt has no phrase " + key);
    }
    return words;
  }
}
