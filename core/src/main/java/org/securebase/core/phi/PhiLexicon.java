package org.securebase.core.phi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the guard reads, shipped in {@code org/securebase/core/phi/}: given names, places
 * smaller than a state, allowed words (authors, the field's terms, states and countries),
 * occupations, and two lists derived from Debian's wamerican word list (see {@code
 * core/src/build/phi/}). Loaded once; immutable and thread-safe.
 */
record PhiLexicon(
    Set<String> firstNames,
    Set<String> wordLikeNames,
    Set<String> places,
    Set<String> allowed,
    Set<String> allowedPhrases,
    Set<String> properNouns,
    Set<String> englishWords,
    Set<String> occupations) {

  static final String VERSION = "phi-lexicon/2";

  static PhiLexicon load() {
    Set<String> first = new HashSet<>();
    Set<String> wordLike = new HashSet<>();
    boolean inWordLike = false;
    for (String line : lines("first-names.txt", false)) {
      if (line.startsWith("# also common words")) {
        inWordLike = true;
      } else if (!line.startsWith("#")) {
        for (String n : line.split("\\s+")) {
          (inWordLike ? wordLike : first).add(n);
        }
      }
    }
    first.addAll(wordLike);
    Set<String> allowed = new HashSet<>();
    Set<String> phrases = new HashSet<>();
    for (String line : lines("allowed.txt", true)) {
      if (line.startsWith("=")) {
        phrases.add(line.substring(1).strip());
      } else {
        allowed.addAll(java.util.List.of(line.split("\\s+")));
      }
    }
    return new PhiLexicon(
        Set.copyOf(first),
        Set.copyOf(wordLike),
        Set.copyOf(lines("places.txt", true)),
        Set.copyOf(allowed),
        Set.copyOf(phrases),
        Set.copyOf(lines("proper-nouns.txt", true)),
        Set.copyOf(lines("english-words.txt", true)),
        Set.copyOf(
            lines("occupations.txt", true).stream()
                .flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList()));
  }

  /** True when the lower-case form is an everyday English word (or every part of a compound is). */
  boolean isWord(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    if (englishWords.contains(lower)) {
      return true;
    }
    if (lower.contains("-")) {
      for (String part : lower.split("-")) {
        if (!part.isEmpty() && !englishWords.contains(part) && !allowed.contains(capital(part))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static java.util.List<String> lines(String file, boolean skipComments) {
    try (InputStream in = PhiLexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing PHI word list " + file);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .filter(l -> !skipComments || !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
