package org.securebase.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of people and of places smaller than a state among capitalised words. A capitalised
 * word is a candidate when it is a listed given name or place, a proper noun of the wamerican list,
 * or no English word at all; it is let through when it is an allowed author or term of the field, a
 * state or country, an acronym, or an ordinary word. Whether a name is a person's or a place's is
 * read from the lists and the words around it ("from X", "X, Ohio", "Dr. X"). Stateless apart from
 * the immutable lexicon; thread-safe.
 */
final class NameFinder {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}@._/-])\\p{Lu}[\\p{L}\\p{M}]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}]*)*");
  private static final Pattern TITLE_BEFORE =
      Pattern.compile(
          "(?:\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Aunt|Uncle|Grandma|Grandpa|Nana"
              + "|Officer|Judge|Pastor|Coach|Nurse|Father|Sister|Brother)\\.?\\s+)$");
  private static final Pattern PLACE_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:in|from|near|outside(?: of)?|around|across|fled|left|escaped|leaving|arrived in|(?:moved|move|moves|moving"
              + "|went|go|drove|drive|relocated|back|came|commutes?) to|visit(?:ed|ing)?"
              + "|(?:town|city|village|county|suburb|borough|parish) of|lives in|grew up in"
              + "|based in|downtown|(?:north|south|east|west) of)\\s+(?:the\\s+)?)$");
  private static final String STATES =
      "(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
          + "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
          + "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
          + "|New \\p{Lu}\\p{L}+|North \\p{Lu}\\p{L}+|South \\p{Lu}\\p{L}+|Ohio|Oklahoma|Oregon"
          + "|Pennsylvania|Rhode Island|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia"
          + "|Washington|Wisconsin|Wyoming|Ontario|Quebec|England|Scotland|Wales|Ireland)";
  private static final Pattern PLACE_AFTER =
      Pattern.compile(
          "^(?:,\\s+(?:[A-Z]{2}\\b|"
              + STATES
              + ")|\\s+(?:neighbou?rhood|area|district|suburb"
              + "|township|county|community|reservation|campus|metro)\\b)");

  /**
   * What follows a person's name and rarely a term: "Siobhan says", "Kwame and his mother". Used
   * only for an unknown word opening a sentence, which is otherwise taken for a term.
   */
  private static final Pattern PERSON_AFTER =
      Pattern.compile(
          "^(?:'s|’s)?\\s+(?:and (?:his|her|their)\\b|(?:says|said|told|tells|asked|asks|wants"
              + "|wanted|cried|cries|texted|texts|called|calls|brought|brings|arrived|refused"
              + "|agreed|admitted|insists|insisted|remembers|remembered|hopes|hoped|misses"
              + "|missed|loves|loved|hates|hated|lost|drinks|drank|moved|works|worked|lives)\\b)");

  /** Looks like a given name: no ending of an abstract noun or an adverb. */
  private static final Pattern NAME_SHAPE =
      Pattern.compile(
          "\\p{Lu}\\p{Ll}+(?<!tion|sion|ism|ity|ness|ment|ing|ly|ence|ance|ology|ics|ers|ists)");

  /** Words that open a multi-word place name: "East Orange", "Fort Wayne", "Lake Placid". */
  private static final Pattern PLACE_PREFIX =
      Pattern.compile(
          "North|South|East|West|Upper|Lower|Port|Fort|Mount|Lake|San|Santa|Saint|St|Glen|Grand"
              + "|Little|Great|Old|Palm|Cedar|Oak|Pine|Maple|Rock|Red|White|Green|Falls|Bay|Long"
              + "|Spring|Sandy|Silver|Twin");

  private static final Pattern CALENDAR =
      Pattern.compile(
          "(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|Mr|Mrs|Ms"
              + "|Miss|Mx|Dr|Prof|Professor|Rev|St|North|South|East|West)");

  /** Words that make a text about someone in particular. */
  private static final Pattern SOMEONE =
      Pattern.compile(
          "(?i)\\b(?:I|me|my|mine|we|us|our|client|patient|she|he|her|hers|his|him|they|them"
              + "|their|family|son|daughter|mother|father|mum|mom|dad|wife|husband|partner|brother"
              + "|sister|child|baby|boy|girl|man|woman|grandmother|grandfather|aunt|uncle|cousin"
              + "|friend|neighbou?r)\\b");

  private final PhiLexicon lexicon;

  NameFinder(PhiLexicon lexicon) {
    this.lexicon = lexicon;
  }

  private enum Category {
    ALLOWED,
    WORD,
    FIRST,
    PLACE,
    PROPER,
    UNKNOWN,
    /** Unknown and opening a sentence: a term ("Prospectively") unless a person's verb follows. */
    START_UNKNOWN
  }

  private record Token(int start, int end, String base, Category category) {}

  List<PhiFinding> find(String text) {
    List<PhiFinding> found = new ArrayList<>();
    List<List<Token>> runs = runs(text);
    for (List<Token> run : runs) {
      spans(text, run, found);
    }
    if (researchSite(text, runs)) {
      found.removeIf(f -> f.kind() == PhiKind.PLACE);
    }
    return found;
  }

  /**
   * A town named as where a cited study was done ("Ainsworth's Baltimore study", "families in
   * Baltimore" beside "Strange Situation") is history of the field, not a client's whereabouts: a
   * text that names an author or term of the field and speaks of nobody in particular (no first
   * person, no client, no he or she, no relative) keeps its town names. Street addresses and ZIP
   * codes are found elsewhere and still refused.
   */
  private static boolean researchSite(String text, List<List<Token>> runs) {
    boolean fieldNamed =
        runs.stream()
            .flatMap(List::stream)
            .anyMatch(
                t ->
                    t.category() == Category.ALLOWED
                        && !CALENDAR.matcher(t.base()).matches()
                        && !isAcronym(t.base())
                        && t.base().length() > 2);
    return fieldNamed && !SOMEONE.matcher(text).find();
  }

  /** Capitalised words that follow one another with a single space between. */
  private List<List<Token>> runs(String text) {
    List<List<Token>> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int lastEnd = -1;
    while (m.find()) {
      String base = stripPossessive(m.group());
      if (!run.isEmpty() && !text.substring(lastEnd, m.start()).equals(" ")) {
        runs.add(run);
        run = new ArrayList<>();
      }
      boolean start = sentenceStart(text, m.start());
      run.add(new Token(m.start(), m.start() + base.length(), base, categorise(base, start)));
      lastEnd = m.end();
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    runs.forEach(r -> markPhrases(r));
    return runs;
  }

  private Category categorise(String base, boolean sentenceStart) {
    if (base.length() < 2 || lexicon.allowed().contains(base) || isAcronym(base)) {
      return Category.ALLOWED;
    }
    if (lexicon.firstNames().contains(base)) {
      boolean wordLike = lexicon.wordLikeNames().contains(base);
      return wordLike && sentenceStart ? Category.WORD : Category.FIRST;
    }
    if (lexicon.allowed().contains(singular(base))) {
      return Category.ALLOWED;
    }
    if (lexicon.places().contains(base)) {
      return Category.PLACE;
    }
    if (lexicon.properNouns().contains(base)) {
      return Category.PROPER;
    }
    if (lexicon.isWord(base) || lexicon.isWord(singular(base))) {
      return Category.WORD;
    }
    // An unknown capitalised word opening a sentence is most often a term ("Prospectively",
    // "Coders"); names there are caught by the lists of given names, places and proper nouns.
    return sentenceStart ? Category.START_UNKNOWN : Category.UNKNOWN;
  }

  /** Allowed author pairs ("Mary Main") and multi-word places ("San Diego") inside a run. */
  private void markPhrases(List<Token> run) {
    for (int len = Math.min(3, run.size()); len >= 2; len--) {
      for (int i = 0; i + len <= run.size(); i++) {
        StringBuilder phrase = new StringBuilder(run.get(i).base());
        for (int j = i + 1; j < i + len; j++) {
          phrase.append(' ').append(run.get(j).base());
        }
        Category c =
            lexicon.allowedPhrases().contains(phrase.toString())
                ? Category.ALLOWED
                : lexicon.places().contains(phrase.toString()) ? Category.PLACE : null;
        if (c != null) {
          for (int j = i; j < i + len; j++) {
            Token t = run.get(j);
            run.set(j, new Token(t.start(), t.end(), t.base(), c));
          }
        }
      }
    }
  }

  private void spans(String text, List<Token> run, List<PhiFinding> found) {
    boolean title = TITLE_BEFORE.matcher(before(text, run.get(0).start())).find();
    if (prefixedPlace(text, run, found)) {
      return;
    }
    Token first = run.get(0);
    if (first.category() == Category.START_UNKNOWN) {
      boolean person =
          run.size() == 1
              && NAME_SHAPE.matcher(first.base()).matches()
              && PERSON_AFTER.matcher(text.substring(first.end())).find();
      run.set(
          0,
          new Token(
              first.start(), first.end(), first.base(), person ? Category.FIRST : Category.WORD));
    }
    for (int k = 1; k < run.size(); k++) {
      Token t = run.get(k);
      if (t.category() == Category.START_UNKNOWN) {
        run.set(k, new Token(t.start(), t.end(), t.base(), Category.WORD));
      }
    }
    int i = 0;
    while (i < run.size()) {
      Token t = run.get(i);
      boolean nameish =
          (t.category() != Category.ALLOWED && t.category() != Category.WORD)
              || (title && i == 0 && t.category() != Category.ALLOWED);
      if (!nameish) {
        i++;
        continue;
      }
      int j = i;
      boolean person = title && i == 0;
      boolean place = false;
      while (j < run.size() && extends_(run, j, i)) {
        person |= run.get(j).category() == Category.FIRST;
        place |= run.get(j).category() == Category.PLACE;
        j++;
      }
      int start = title && i == 0 ? titleStart(text, t.start()) : t.start();
      int end = run.get(j - 1).end();
      found.add(new PhiFinding(kind(text, start, end, person, place), start, end));
      i = j;
    }
  }

  /**
   * A run right after a place preposition that opens with a place prefix and goes on with a word
   * that is not itself allowed ("in East Orange", but not "in North Carolina" or "in South
   * Africa"): all of it is a place, even though each word alone is ordinary.
   */
  private boolean prefixedPlace(String text, List<Token> run, List<PhiFinding> found) {
    if (run.size() < 2
        || !PLACE_PREFIX.matcher(run.get(0).base()).matches()
        || run.get(1).category() == Category.ALLOWED
        || !PLACE_BEFORE.matcher(before(text, run.get(0).start())).find()) {
      return false;
    }
    int end = run.get(1).end();
    for (int j = 2; j < run.size() && run.get(j).category() != Category.ALLOWED; j++) {
      end = run.get(j).end();
    }
    found.add(new PhiFinding(PhiKind.PLACE, run.get(0).start(), end));
    return true;
  }

  /** Whether token {@code j} belongs to the name that started at {@code first}. */
  private static boolean extends_(List<Token> run, int j, int first) {
    Category c = run.get(j).category();
    if (j == first) {
      return true;
    }
    if (c == Category.ALLOWED) {
      return false;
    }
    // A surname that is also a word ("Maria Wood") follows a given name.
    return c != Category.WORD || run.get(j - 1).category() == Category.FIRST;
  }

  private static PhiKind kind(String text, int start, int end, boolean person, boolean place) {
    if (person) {
      return PhiKind.PERSON;
    }
    if (place
        || PLACE_BEFORE.matcher(before(text, start)).find()
        || PLACE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find()) {
      return PhiKind.PLACE;
    }
    return PhiKind.PERSON;
  }

  private static int titleStart(String text, int nameStart) {
    String window = before(text, nameStart);
    Matcher m = TITLE_BEFORE.matcher(window);
    return m.find() ? nameStart - window.length() + m.start() : nameStart;
  }

  /** The few words before {@code at}: enough for a title or a preposition. */
  private static String before(String text, int at) {
    return text.substring(Math.max(0, at - 40), at);
  }

  /** True when only spaces, quotes or brackets stand between {@code at} and a sentence's start. */
  static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0
        && (Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n'
            || "\"“‘'(*•-".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;\n".indexOf(text.charAt(i)) >= 0;
  }

  /** All capitals ("AAI", "ECR-R"), or three capitals or more ("PostgreSQL", "DOIs"). */
  private static boolean isAcronym(String base) {
    String letters = base.replaceAll("[^\\p{L}]", "");
    long capitals = letters.chars().filter(Character::isUpperCase).count();
    return letters.length() >= 2
        && (letters.equals(letters.toUpperCase(java.util.Locale.ROOT)) || capitals >= 3);
  }

  private static String singular(String base) {
    return base.endsWith("s") && base.length() > 3 ? base.substring(0, base.length() - 1) : base;
  }

  private static String stripPossessive(String token) {
    if (token.endsWith("'s") || token.endsWith("’s")) {
      return token.substring(0, token.length() - 2);
    }
    return token;
  }
}
