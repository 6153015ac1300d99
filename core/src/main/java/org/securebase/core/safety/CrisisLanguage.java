package org.securebase.core.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds self-harm and suicide language in a client's own words, by a fixed, versioned list of
 * phrases.
 *
 * <p>The list leans towards flagging: a false flag costs the client one extra look at the crisis
 * help and the clinician one question, a missed one can cost much more. So a phrase triggers even
 * when negated ("I would never kill myself") or reported ("she said she wanted to die"): the text
 * cannot tell a brave denial from a disguised plea, and a person reads the entry, not this class.
 * What it deliberately does not match are idioms that borrow the words of dying for something
 * ordinary: "this traffic is killing me", "I'd die for a coffee", "the movie's ending was sad", and
 * deaths of others or of pets ("my cat died last year") without a wish to die oneself. Grief is not
 * a crisis phrase; it is what therapy is for.
 *
 * <p>A match means only "these words appeared"; no match never means the person is safe, and the
 * product never says so. Immutable and thread-safe.
 */
public final class CrisisLanguage {

  /** Version of the phrase list; stored with every flag so a flag can be traced to its list. */
  public static final String PHRASE_LIST_VERSION = "crisis-phrases/1 (2026-11-24)";

  private static final String SELF = "(?:myself|my\\s+self|my\\s+own\\s+life|my\\s+life)";

  /**
   * The phrase list: a short name for each phrase (shown to nobody but developers) and a pattern.
   */
  private static final List<Phrase> PHRASES =
      List.of(
          phrase("kill oneself", "\\bkill(?:s|ed|ing)?\\s+" + SELF),
          phrase("suicide", "\\bsuicid\\w*"),
          phrase(
              "end one's life",
              "\\bend(?:s|ed|ing)?\\s+(?:it\\s+all|" + SELF + "|things\\s+for\\s+good)"),
          phrase("take one's life", "\\btak(?:e|es|ing|en)\\s+my\\s+(?:own\\s+)?life"),
          phrase(
              "want to die",
              "\\b(?:want|wanted|wanting|wish|wished|wishing)\\s+(?:that\\s+)?(?:i\\s+)?(?:to\\s+|could\\s+|was\\s+|were\\s+)?(?:die|be\\s+dead|dead|disappear\\s+for\\s+good)\\b"),
          phrase("better off dead", "\\bbetter\\s+off\\s+(?:dead|without\\s+me)\\b"),
          phrase(
              "no reason to live",
              "\\bno\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:live|living|go(?:ing)?\\s+on|keep(?:ing)?\\s+going|be(?:ing)?\\s+alive|be(?:ing)?\\s+here)\\b"),
          phrase(
              "not want to be alive",
              "\\b(?:don't|do\\s+not|didn't|did\\s+not)\\s+want\\s+to\\s+(?:be\\s+alive|live|be\\s+here\\s+anymore|wake\\s+up)\\b"),
          phrase(
              "hurt oneself",
              "\\b(?:hurt|hurts|hurting|harm|harms|harmed|harming|cut|cuts|cutting|burn|burned|burnt|burning)\\s+myself\\b"),
          phrase("self-harm", "\\bself[-\\s]?(?:harm|injur)\\w*"),
          phrase("overdose", "\\boverdos\\w*"));

  private CrisisLanguage() {}

  /** What was found: the names of the phrases that matched, and the list version used. */
  public record Finding(List<String> matchedPhrases, String phraseListVersion) {
    public Finding {
      matchedPhrases = List.copyOf(matchedPhrases);
      Objects.requireNonNull(phraseListVersion, "phraseListVersion");
    }

    /** True when any phrase matched, so the entry is flagged and help shown at once. */
    public boolean flagged() {
      return !matchedPhrases.isEmpty();
    }
  }

  /** Looks for crisis phrases in {@code text}; null or blank text finds nothing. */
  public static Finding scan(String text) {
    if (text == null || text.isBlank()) {
      return new Finding(List.of(), PHRASE_LIST_VERSION);
    }
    String normalized = normalize(text);
    List<String> matched = new ArrayList<>();
    for (Phrase p : PHRASES) {
      Matcher m = p.pattern().matcher(normalized);
      if (m.find()) {
        matched.add(p.name());
      }
    }
    return new Finding(matched, PHRASE_LIST_VERSION);
  }

  /** Names of every phrase on the list, for documentation and tests. */
  public static List<String> phraseNames() {
    return PHRASES.stream().map(Phrase::name).toList();
  }

  /** Lower case, typographic apostrophes made plain, runs of white space made single. */
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replaceAll("\\s+", " ");
  }

  private static Phrase phrase(String name, String regex) {
    return new Phrase(name, Pattern.compile(regex));
  }

  private record Phrase(String name, Pattern pattern) {}
}
