package org.securebase.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds first-person clinical anecdotes that carry quasi-identifiers: a sentence in which the
 * writer speaks of their own client ("my client", "a patient I saw", "in my practice") together
 * with at least one detail that narrows who it was: an age, an occupation, a recent time, a place,
 * a family make-up or another identifier found in the same sentence. Each such detail is harmless
 * alone; a few together single a person out (Sweeney 2000; El Emam and colleagues' work on
 * quasi-identifiers). Stateless; thread-safe.
 */
final class AnecdoteFinder {

  private static final Pattern SENTENCE =
      Pattern.compile("[^.!?\\n]+(?:[.!?]+(?=\\s|$)|(?=\\n)|$)|[.!?]");
  private static final Pattern OWN_CLIENT =
      Pattern.compile(
          "(?i)\\b(?:my|our)\\s+(?:(?:new|newest|latest|former|current|youngest|oldest|last|first"
              + "|adult|teenage|couple|group|long-term|private)\\s+)?(?:clients?|patients?|clientele"
              + "|supervisee'?s? client"
              + "|caseload|counselees?)\\b"
              + "|\\b(?:a|an|one|this|the)\\s+(?:\\w+\\s+){0,3}?(?:client|patient|woman|man|mother"
              + "|father|teen(?:ager)?|boy|girl|couple|family|veteran|student|parent)s?"
              + "\\s+(?:of mine|I\\s+(?:saw|see|treat|treated|am\\s+(?:seeing|treating)"
              + "|was\\s+(?:seeing|treating)|work(?:ed)? with|assessed|interviewed|coded"
              + "|have been seeing|had|met))\\b"
              + "|\\bI\\s+(?:saw|treated|am treating|was treating|assessed|interviewed|coded"
              + "|(?:have been|am|was) (?:seeing|working with)|worked with|met with|had a session"
              + " with)\\s+(?:a|an|one|this|my|her|him|them|the)\\b"
              + "|\\bin my (?:practice|caseload|clinic|office|consulting room|group)\\b"
              + "|\\b(?:I|we)\\s+(?:have|had|see)\\s+(?:a|an|one|two|this)\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:client|patient)s?\\b"
              + "|\\b(?:I'm|I am|I've been|we're|we are|we've been)\\s+(?:(?:now|still)\\s+)?"
              + "(?:seeing|treating|working with)\\s+(?:a|an|one|this|two)\\b"
              + "|\\b(?:I|we)\\s+(?:recently\\s+)?(?:admitted|discharged|referred|diagnosed)\\b");
  private static final Pattern QUASI =
      Pattern.compile(
          "(?i)\\b\\d{1,3}[- ](?:years?|yrs?)[- ]old\\b|\\baged?\\s+\\d{1,3}\\b"
              + "|\\bin (?:his|her|their) (?:early |mid-?|late )?(?:teens|twenties|thirties"
              + "|forties|fifties|sixties|seventies|eighties|nineties|20s|30s|40s|50s|60s|70s|80s)\\b"
              + "|\\b(?:last|this|next) (?:week|month|night|year|weekend|morning|evening|spring"
              + "|summer|fall|autumn|winter)\\b|\\byesterday\\b|\\btoday\\b|\\btonight\\b"
              + "|\\b(?:a|two|three|four|few|couple of) (?:days|weeks|months) ago\\b"
              + "|\\brecently\\b|\\bthis past\\b"
              + "|\\bfrom (?:a |the |our )?(?:small |nearby |local |same |rural )?"
              + "(?:town|village|city|county|neighbou?rhood|reservation|island)\\b"
              + "|\\b(?:local|in our (?:town|area|community)|down the road|next door|around here)\\b"
              + "|\\b(?:mother|father|parent|mum|mom|dad) of (?:\\d+|two|three|four|five|six|seven"
              + "|twins|triplets)\\b|\\b(?:twins|triplets|widow(?:er|ed)?|divorced|only child"
              + "|single (?:mother|father|parent|mom|mum|dad)|pregnant|newly married|adopted"
              + "|foster)\\b|\\b(?:her|his|their) (?:husband|wife|partner|son|daughter|twins"
              + "|grandson|granddaughter)\\b"
              + "|\\bthe only\\b|\\bsole (?:survivor|owner|doctor|witness)\\b|\\bwell-known\\b"
              + "|\\bfamous\\b|\\b(?:a|the|identical) twin\\b|\\bdowntown\\b"
              + "|\\b(?:in|from) (?:his|her|their|my|our) (?:home )?(?:town|village|city"
              + "|neighbou?rhood)\\b"
              + "|\\b(?:after|in|during) the (?:fire|crash|accident|shooting|flood|storm|tornado|hurricane"
              + "|explosion|attack)\\b|\\bwho (?:works|worked) (?:as|at|for)\\b");

  private final PhiLexicon lexicon;

  AnecdoteFinder(PhiLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Sentences that are first-person clinical anecdotes with quasi-identifiers.
   *
   * @param others identifiers already found in the text: one inside such a sentence is a detail
   */
  List<PhiFinding> find(String text, List<PhiFinding> others) {
    List<PhiFinding> found = new ArrayList<>();
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      String sentence = s.group();
      if (!OWN_CLIENT.matcher(sentence).find()) {
        continue;
      }
      int start = s.start() + leadingSpace(sentence);
      int end = s.end();
      if (QUASI.matcher(sentence).find()
          || hasOccupation(sentence)
          || others.stream().anyMatch(f -> f.start() >= start && f.end() <= end)) {
        found.add(new PhiFinding(PhiKind.CLINICAL_ANECDOTE, start, end));
      }
    }
    return found;
  }

  private boolean hasOccupation(String sentence) {
    String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String plain = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      String pair = i + 1 < words.length ? w + " " + words[i + 1] : "";
      if (lexicon.occupations().contains(w)
          || lexicon.occupations().contains(plain)
          || lexicon.occupations().contains(pair)) {
        return true;
      }
    }
    return false;
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
