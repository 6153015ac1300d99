package org.securebase.core.discourse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The word lists of one indicator, read from a classpath resource {@code lexicon/<name>.txt}:
 * {@code [section]} lines start a list, {@code #} starts a comment, every other line is a phrase.
 * Immutable.
 */
final class Lexicon {
  static final String RESOURCE_DIR = "lexicon/";

  private final String name;
  private final Map<String, PhraseSet> sections;

  private Lexicon(String name, Map<String, PhraseSet> sections) {
    this.name = name;
    this.sections = sections;
  }

  static Lexicon load(String name) {
    String resource = RESOURCE_DIR + name + ".txt";
    Map<String, List<List<String>>> lists = new LinkedHashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
          section = trimmed.substring(1, trimmed.length() - 1);
          lists.computeIfAbsent(section, k -> new ArrayList<>());
          continue;
        }
        if (section == null) {
          throw new IllegalStateException(
              resource + " line " + lineNo + ": phrase outside a section");
        }
        lists.get(section).add(Wording.phrase(trimmed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, PhraseSet> sets = new HashMap<>();
    lists.forEach((section, phrases) -> sets.put(section, new PhraseSet(phrases)));
    return new Lexicon(name, Map.copyOf(sets));
  }

  /** The named list; a missing section is a programming error in the lexicon files. */
  PhraseSet section(String section) {
    PhraseSet set = sections.get(section);
    if (set == null) {
      throw new IllegalStateException("lexicon " + name + " has no section [" + section + "]");
    }
    return set;
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE_DIR + "VERSION.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon VERSION.properties");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("lexicon.version");
  }
}
