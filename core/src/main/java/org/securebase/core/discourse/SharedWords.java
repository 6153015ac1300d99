package org.securebase.core.discourse;

/**
 * The word lists several rules share ({@code lexicon/shared.txt}) and the small context tests built
 * on them: negation, quotation, reported speech, clause ends and episodes. Each test looks at a
 * bounded window inside one sentence, so rules stay linear in the text. Immutable and thread-safe.
 */
final class SharedWords {
  final PhraseSet parentFemale;
  final PhraseSet parentMale;
  final PhraseSet parentPlural;
  final PhraseSet female;
  final PhraseSet male;
  final PhraseSet person;
  final PhraseSet pluralPerson;
  final PhraseSet own;
  final PhraseSet otherOwner;
  final PhraseSet copula;
  final PhraseSet negation;
  final PhraseSet contrast;
  final PhraseSet speech;
  final PhraseSet quote;
  private final PhraseSet eventPast;
  private final PhraseSet notEvent;
  private final PhraseSet time;
  private final PhraseSet place;

  SharedWords() {
    Lexicon shared = Lexicon.load("shared");
    parentFemale = shared.section("parent_female");
    parentMale = shared.section("parent_male");
    parentPlural = shared.section("parent_plural");
    female = shared.section("female");
    male = shared.section("male");
    person = shared.section("person");
    pluralPerson = shared.section("plural_person");
    own = shared.section("own");
    otherOwner = shared.section("other_owner");
    copula = shared.section("copula");
    negation = shared.section("negation");
    contrast = shared.section("contrast");
    speech = shared.section("speech");
    quote = shared.section("quote");
    eventPast = shared.section("event_past");
    notEvent = shared.section("not_event");
    time = shared.section("time");
    place = shared.section("place");
  }

  /** A negation among the {@code window} tokens before {@code token}, not before {@code from}. */
  boolean negatedBefore(TokenStream ts, int token, int from, int window) {
    for (int i = Math.max(from, token - window); i < token; i++) {
      if (negation.contains(ts.norm[i])) {
        return true;
      }
    }
    return false;
  }

  /** True when an odd number of quotation marks stand between the sentence start and the token. */
  boolean insideQuotes(TokenStream ts, int token, int from) {
    int marks = 0;
    for (int i = from; i < token; i++) {
      if (quote.contains(ts.norm[i])) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /**
   * Reported speech: a reporting verb earlier in the sentence ("my aunt told me it didn't affect
   * me", "I said she was warm") makes what follows someone's words rather than the speaker's
   * present stance. "I'd say" and "I would say" are the speaker's own hedged claim, not a report.
   */
  boolean reported(TokenStream ts, int token, int from) {
    for (int i = from; i < token; i++) {
      if (speech.contains(ts.norm[i])
          && !(i > from && (ts.norm[i - 1].equals("'d") || ts.norm[i - 1].equals("would")))) {
        return true;
      }
    }
    return false;
  }

  /** The speaker's own stance: not quoted, not reported, not negated just before. */
  boolean ownStance(TokenStream ts, int token, int from, int negationWindow) {
    return !insideQuotes(ts, token, from)
        && !reported(ts, token, from)
        && !negatedBefore(ts, token, from, negationWindow);
  }

  /** The token closes a clause: punctuation or the sentence end. */
  static boolean endsClause(TokenStream ts, int token, int sentenceTo) {
    return token >= sentenceTo || ts.isPunctuation(token);
  }

  /**
   * An episode (Main, Goldwyn &amp; Hesse 2003: a specific memory that supports or contradicts a
   * general claim): a past-tense event with a time or place anchor among the tokens.
   */
  boolean isEpisode(TokenStream ts, int from, int to) {
    boolean event = false;
    boolean anchor = false;
    for (int i = from; i < to && !(event && anchor); i++) {
      String w = ts.norm[i];
      event |= isPastEvent(w);
      anchor |= isAnchor(w);
    }
    return event && anchor;
  }

  /** A time or place word, or a number. */
  boolean isAnchor(String w) {
    return time.contains(w) || place.contains(w) || isNumber(w);
  }

  boolean isPastEvent(String w) {
    if (eventPast.contains(w)) {
      return true;
    }
    return w.length() > 4 && w.endsWith("ed") && !notEvent.contains(w);
  }

  static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }
}
