package org.securebase.core.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How raw words become the normalized tokens every matcher compares: lower case, one apostrophe
 * form, punctuation as separate tokens and contractions split ({@code don't} becomes {@code do} +
 * {@code n't}). Lexicon phrases and transcript tokens go through the same function, so they always
 * agree whatever the statistical tokenizer decided.
 */
final class Wording {
  private Wording() {}

  /** Receives one normalized token with its span in the source. */
  interface Sink {
    void token(String norm, int start, int end);
  }

  /** Splits {@code source[start, end)} into normalized tokens. */
  static void split(String source, int start, int end, Sink sink) {
    int i = start;
    while (i < end) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isWordChar(c)) {
        int j = i + 1;
        while (j < end) {
          char d = source.charAt(j);
          if (isWordChar(d)) {
            j++;
          } else if ((isApostrophe(d) || d == '-')
              && j + 1 < end
              && Character.isLetter(source.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        emitWord(source, i, j, sink);
        i = j;
      } else if (c == '.' || c == '-') {
        int j = i + 1;
        while (j < end && source.charAt(j) == c) {
          j++;
        }
        sink.token(source.substring(i, j), i, j);
        i = j;
      } else if (isApostrophe(c) && i + 1 < end && Character.isLetter(source.charAt(i + 1))) {
        // a clitic the tokenizer already separated: 's, 're, n't stays one token
        int j = i + 1;
        while (j < end && isWordChar(source.charAt(j))) {
          j++;
        }
        sink.token(normalize(source.substring(i, j)), i, j);
        i = j;
      } else {
        int cp = source.codePointAt(i);
        int j = i + Character.charCount(cp);
        sink.token(source.substring(i, j), i, j);
        i = j;
      }
    }
  }

  private static void emitWord(String source, int start, int end, Sink sink) {
    String word = normalize(source.substring(start, end));
    int n = word.length();
    if (n > 3 && word.endsWith("n't")) {
      sink.token(word.substring(0, n - 3), start, end - 3);
      sink.token("n't", end - 3, end);
      return;
    }
    int apostrophe = word.lastIndexOf('\'');
    if (apostrophe > 0) {
      String clitic = word.substring(apostrophe);
      switch (clitic) {
        case "'s", "'re", "'ve", "'ll", "'d", "'m" -> {
          sink.token(word.substring(0, apostrophe), start, start + apostrophe);
          sink.token(clitic, start + apostrophe, end);
          return;
        }
        default -> {}
      }
    }
    sink.token(word, start, end);
  }

  /** Splits a lexicon phrase the same way as transcript text. */
  static List<String> phrase(String text) {
    List<String> out = new ArrayList<>();
    split(text, 0, text.length(), (norm, s, e) -> out.add(norm));
    return out;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }

  private static String normalize(String word) {
    return word.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
  }

  /** True for a token that counts as a word: it starts with a letter or digit and is no clitic. */
  static boolean isWord(String norm) {
    return !norm.isEmpty() && Character.isLetterOrDigit(norm.charAt(0)) && !norm.equals("n't");
  }
}
