package org.securebase.core.discourse;

/**
 * Who each sentence is about, in the interview's own words: a forward pass over every turn
 * (interviewer's too) that follows the last woman, man and group named and resolves "she", "he" and
 * "they" to them, so that "Tell me about your mother." / "She was perfect." is about the mother and
 * "My teacher was Mrs Patel. She was wonderful." is not. A person is the speaker's own parent when
 * named with "my"/"our" (or "your" in the interviewer's question) or bare ("Mum"); after "his",
 * "her", "their", "'s", "a" or "the" it is someone else's. A pronoun before anyone is named is
 * taken for a parent, the AAI's topic. A noun after a copula ("my mother is a teacher") names no
 * new person. This is a coder's heuristic, not coreference resolution: it reads only the words
 * before, never guesses from meaning. Arrays are per analysis; not thread-safe.
 */
final class Referents {

  /** The parent key of an own parent: mother, father, parents, or parent when unknown which. */
  static final String MOTHER = "mother";

  static final String FATHER = "father";
  static final String PARENTS = "parents";
  static final String PARENT = "parent";

  /** Per sentence: the own parent it is about, or null. */
  final String[] parentOf;

  /** Per token: for a pronoun, the noun it refers to ("grandmother", "mother"), or null. */
  final String[] pronounNoun;

  private Referents(int sentences, int tokens) {
    parentOf = new String[sentences];
    pronounNoun = new String[tokens];
  }

  /** Whether the sentence is about one of the speaker's own parents. */
  boolean aboutParent(int s) {
    return parentOf[s] != null;
  }

  /** Two parent keys that may be the same person ("parents" covers both). */
  static boolean sameParent(String a, String b) {
    return a.equals(b)
        || a.equals(PARENTS)
        || b.equals(PARENTS)
        || a.equals(PARENT)
        || b.equals(PARENT);
  }

  /** The state of the walk: the last woman, man and group named. */
  private static final class State {
    String female;
    String male;
    String plural;
    String topic;
    String subjectPronoun;
    String subjectNoun;
  }

  static Referents track(TokenStream ts, SharedWords w) {
    Referents r = new Referents(ts.sentenceCount, ts.tokenCount);
    State st = new State();
    for (int t = 0; t < ts.turnWords.length; t++) {
      boolean interviewer = !ts.narrating(t);
      if (interviewer) {
        st.topic = null;
      }
      String topic = interviewer ? null : st.topic;
      String previous = null;
      st.subjectPronoun = null;
      for (int s = ts.turnFirstSentence[t]; s < ts.turnSentenceTo[t]; s++) {
        String about = r.sentence(ts, w, s, st, interviewer);
        // "Dad was useless. Useless at work." names no one and goes on about the same parent
        String carried = previous != null ? previous : topic;
        r.parentOf[s] = about != null ? about : r.noOneNamed(ts, w, s) ? carried : null;
        previous = r.parentOf[s];
        if (interviewer && about != null) {
          st.topic = about;
        }
      }
    }
    return r;
  }

  /** Walks one sentence; returns the own parent it names or refers to, or null. */
  private String sentence(TokenStream ts, SharedWords w, int s, State st, boolean interviewer) {
    String about = null;
    for (int i = ts.sentenceFrom[s]; i < ts.sentenceTo[s]; i++) {
      String word = ts.norm[i];
      String parent = predicate(ts, w, i, s) ? null : ownParent(ts, w, i, s, interviewer);
      if (parent != null) {
        about = merge(about, parent);
        remember(st, parent, parent);
      } else if (!predicate(ts, w, i, s) && isPerson(w, word)) {
        // someone else's mother is a woman, not a parent of the speaker
        remember(st, isParentWord(w, word) ? "someone's " + word : word, gender(w, word));
      } else if (isPronoun(word)) {
        // "She always put my sister first. She never came.": a sentence that opens with the same
        // pronoun as the last one keeps its subject (subject continuity), whoever was named since.
        boolean sameSubject = i == ts.sentenceFrom[s] && word.equals(st.subjectPronoun);
        pronounNoun[i] = sameSubject ? st.subjectNoun : resolve(st, word);
        if (isParentKey(pronounNoun[i])) {
          about = merge(about, pronounNoun[i]);
        }
      }
    }
    int first = ts.sentenceFrom[s];
    boolean opensWithPronoun = first < ts.sentenceTo[s] && isPronoun(ts.norm[first]);
    st.subjectPronoun = opensWithPronoun ? ts.norm[first] : null;
    st.subjectNoun = opensWithPronoun ? pronounNoun[first] : null;
    return about;
  }

  private static boolean isPerson(SharedWords w, String word) {
    return w.female.contains(word)
        || w.male.contains(word)
        || w.person.contains(word)
        || w.pluralPerson.contains(word)
        || w.parentFemale.contains(word)
        || w.parentMale.contains(word)
        || w.parentPlural.contains(word);
  }

  private static boolean isParentWord(SharedWords w, String word) {
    return w.parentFemale.contains(word)
        || w.parentMale.contains(word)
        || w.parentPlural.contains(word);
  }

  private static String gender(SharedWords w, String word) {
    if (w.female.contains(word) || w.parentFemale.contains(word)) {
      return "f";
    }
    if (w.male.contains(word) || w.parentMale.contains(word)) {
      return "m";
    }
    return w.pluralPerson.contains(word) || w.parentPlural.contains(word) ? "p" : "n";
  }

  /** Updates the last woman, man or group named; a person of either gender replaces both. */
  private static void remember(State st, String noun, String genderOrKey) {
    switch (genderOrKey) {
      case MOTHER, "f" -> st.female = noun;
      case FATHER, "m" -> st.male = noun;
      case PARENTS, "p" -> st.plural = noun;
      default -> {
        st.female = noun;
        st.male = noun;
      }
    }
  }

  private static boolean isPronoun(String word) {
    return switch (word) {
      case "she", "her", "herself", "he", "him", "himself", "they", "them" -> true;
      default -> false;
    };
  }

  private static String resolve(State st, String pronoun) {
    String noun =
        switch (pronoun) {
          case "she", "her", "herself" -> st.female;
          case "he", "him", "himself" -> st.male;
          default -> st.plural;
        };
    // Nobody of that kind named yet: in an attachment interview, a parent.
    return noun == null ? PARENT : noun;
  }

  private static boolean isParentKey(String noun) {
    return MOTHER.equals(noun)
        || FATHER.equals(noun)
        || PARENTS.equals(noun)
        || PARENT.equals(noun);
  }

  private static String merge(String a, String b) {
    return a == null || a.equals(b) ? b : PARENTS;
  }

  /** The parent key when token i names the speaker's own parent, else null. */
  private static String ownParent(
      TokenStream ts, SharedWords w, int i, int s, boolean interviewer) {
    String word = ts.norm[i];
    String key =
        w.parentFemale.contains(word)
            ? MOTHER
            : w.parentMale.contains(word) ? FATHER : w.parentPlural.contains(word) ? PARENTS : null;
    if (key == null) {
      return null;
    }
    int k = i - 1;
    if (k >= ts.sentenceFrom[s] && ts.norm[k].equals("own")) {
      k--;
    }
    if (k < ts.sentenceFrom[s]) {
      return key;
    }
    String before = ts.norm[k];
    if (w.own.contains(before) || interviewer && before.equals("your")) {
      return key;
    }
    return w.otherOwner.contains(before) ? null : key;
  }

  /** A noun after a copula ("is a teacher", "wasn't my dad") describes someone already named. */
  private static boolean predicate(TokenStream ts, SharedWords w, int i, int s) {
    for (int k = i - 1; k >= Math.max(ts.sentenceFrom[s], i - 4); k--) {
      if (w.copula.contains(ts.norm[k])) {
        // "What was your mother like?" asks about her; "he wasn't my dad" describes him
        return k > ts.sentenceFrom[s] && !isQuestionWord(ts.norm[k - 1]);
      }
      if (ts.isPunctuation(k)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isQuestionWord(String w) {
    return switch (w) {
      case "what", "how", "who", "where", "when", "why", "which" -> true;
      default -> false;
    };
  }

  /** No person named and no pronoun in the sentence: it continues the question's topic. */
  private boolean noOneNamed(TokenStream ts, SharedWords w, int s) {
    for (int i = ts.sentenceFrom[s]; i < ts.sentenceTo[s]; i++) {
      String word = ts.norm[i];
      // "we were a normal happy family": the family, not a parent
      if (pronounNoun[i] != null || isPerson(w, word) || word.equals("we") || word.equals("us")) {
        return false;
      }
    }
    return true;
  }
}
