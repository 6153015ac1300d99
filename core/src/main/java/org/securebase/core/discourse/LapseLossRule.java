package org.securebase.core.discourse;

import java.util.Arrays;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * {@code lapse_loss}: a lapse in the monitoring of reasoning or discourse during talk about a
 * death. Informs the unresolved loss scale (Main, Goldwyn &amp; Hesse 2003; Hesse 2008, 2016:
 * indications that the dead are believed alive, that one's thoughts caused a death, a sudden
 * eulogistic register, and unusual attention to detail of the death scene) and Grice's (1975) maxim
 * of manner.
 *
 * <p>Talk about a death is a turn that names one, answers a question that does, or follows within
 * {@value #DEATH_TALK_TURNS} answers of one. Who died comes from the word before "died" or "passed
 * away", a pronoun resolved by {@link Referents}; only they can be "spoken of as alive", so present
 * tense about the living ("my mother is a teacher and she lives in York") and dead states ("he is
 * buried", "she has been gone twenty years") are no lapse. The part-of-speech tagger runs only on
 * the few "-s" words after the dead person's name, where tense is in doubt.
 */
final class LapseLossRule implements IndicatorRule {

  /** Scene-detail words in one sentence that make minute detail of a death scene. */
  static final int DEATH_SCENE_DETAILS = 4;

  /** Answers after one naming a death that still count as talk about it. */
  static final int DEATH_TALK_TURNS = 3;

  private final POSModel posModel;
  private final SharedWords words;
  private final PhraseSet death;
  private final PhraseSet deathVerb;
  private final PhraseSet presentAux;
  private final PhraseSet between;
  private final PhraseSet deadState;
  private final PhraseSet selfBlame;
  private final PhraseSet eulogy;
  private final PhraseSet scene;

  LapseLossRule(POSModel posModel, SharedWords words) {
    this.posModel = posModel;
    this.words = words;
    Lexicon l = Lexicon.load("lapse_loss");
    death = l.section("death");
    deathVerb = l.section("death_verb");
    presentAux = l.section("present_aux");
    between = l.section("between");
    deadState = l.section("dead_state");
    selfBlame = l.section("self_blame");
    eulogy = l.section("eulogy");
    scene = l.section("scene");
  }

  /** Self-blame phrases, for the reflective rule to leave alone in talk of a death. */
  boolean selfBlameIn(TokenStream ts, int s) {
    return ts.find(selfBlame, ts.sentenceFrom[s], ts.sentenceTo[s]) >= 0;
  }

  @Override
  public void start(Analysis a) {
    TokenStream ts = a.ts;
    boolean[] talk = new boolean[ts.turnWords.length];
    int lastMention = Integer.MIN_VALUE / 2;
    for (int t = 0; t < talk.length; t++) {
      int from = TurnLengthRules.firstToken(ts, t);
      int to = TurnLengthRules.lastToken(ts, t);
      boolean mentions = to > from && ts.find(death, from, to) >= 0;
      if (mentions) {
        lastMention = Math.max(0, a.participantOrdinal[t]);
        if (!ts.narrating(t) && t + 1 < talk.length) {
          lastMention = Math.max(0, a.participantOrdinal[t + 1]);
        }
      }
      int ordinal = a.participantOrdinal[t];
      talk[t] = mentions || ordinal >= 0 && ordinal - lastMention <= DEATH_TALK_TURNS;
    }
    a.deathTalk = talk;
  }

  @Override
  public void sentence(Analysis a, int s) {
    if (!a.deathTalk[a.turn(s)]) {
      return;
    }
    boolean deathSentence = noteWhoDied(a, s);
    int aliveEnd = deathSentence || a.dead.isEmpty() ? -1 : spokenOfAsAlive(a, s);
    phrases(a, s, selfBlame, aliveEnd);
    phrases(a, s, eulogy, aliveEnd);
    TokenStream ts = a.ts;
    int details = 0;
    for (int i = ts.sentenceFrom[s]; i < ts.sentenceTo[s]; i++) {
      if (scene.contains(ts.norm[i]) || SharedWords.isNumber(ts.norm[i])) {
        details++;
      }
    }
    if (details >= DEATH_SCENE_DETAILS) {
      a.emit.sentence(IndicatorType.LAPSE_LOSS, s, 1.0);
    }
  }

  /** Records who died ("my grandmother died", "he passed away"); true for a sentence of a death. */
  private boolean noteWhoDied(Analysis a, int s) {
    TokenStream ts = a.ts;
    int from = ts.sentenceFrom[s];
    boolean found = false;
    for (int i = from; i < ts.sentenceTo[s]; i++) {
      if (deathVerb.matchAt(ts.norm, i, ts.sentenceTo[s]) == 0) {
        continue;
      }
      found = true;
      int k = i - 1;
      while (k >= from && (ts.norm[k].equals("had") || ts.norm[k].equals("has"))) {
        k--;
      }
      if (k >= from) {
        String who = a.refs.pronounNoun[k] != null ? a.refs.pronounNoun[k] : key(ts.norm[k]);
        a.dead.add(who);
      }
    }
    return found;
  }

  /** A parent word stands for its key, so "my dad died" and a later "he" agree. */
  private String key(String word) {
    if (words.parentFemale.contains(word)) {
      return Referents.MOTHER;
    }
    return words.parentMale.contains(word) ? Referents.FATHER : word;
  }

  /** "She is waiting", "he watches over me": returns the span's end token, or -1. */
  private int spokenOfAsAlive(Analysis a, int s) {
    TokenStream ts = a.ts;
    int to = ts.sentenceTo[s];
    for (int i = ts.sentenceFrom[s]; i < to - 1; i++) {
      String who = a.refs.pronounNoun[i] != null ? a.refs.pronounNoun[i] : key(ts.norm[i]);
      if (!a.dead.contains(who) || !(a.refs.pronounNoun[i] != null || isKin(ts.norm[i]))) {
        continue;
      }
      int v = i + 1;
      while (v < to - 1 && between.contains(ts.norm[v])) {
        v++;
      }
      if (presentTenseAlive(a, v, to)) {
        int end = Math.min(to, v + 2);
        a.emit.tokens(IndicatorType.LAPSE_LOSS, i, end, a.turn(s), 1.5);
        return end;
      }
    }
    return -1;
  }

  private boolean isKin(String word) {
    return words.female.contains(word)
        || words.male.contains(word)
        || words.parentFemale.contains(word)
        || words.parentMale.contains(word);
  }

  private boolean presentTenseAlive(Analysis a, int v, int to) {
    TokenStream ts = a.ts;
    String verb = ts.norm[v];
    if (presentAux.contains(verb)) {
      return v + 1 < to && !deadState.contains(ts.norm[v + 1]) && !ts.isPunctuation(v + 1);
    }
    if (verb.length() < 3 || !verb.endsWith("s") || verb.endsWith("ss") || verb.equals("was")) {
      return false;
    }
    if (a.tagger == null) {
      a.tagger = new POSTaggerME(posModel);
    }
    int from = Math.max(0, v - 4);
    int end = Math.min(to, v + 4);
    String[] tags = a.tagger.tag(Arrays.copyOfRange(ts.norm, from, end));
    return "VERB".equals(tags[v - from]);
  }

  /** Self-blame and eulogy phrases, except inside a span already marked as speaking as alive. */
  private void phrases(Analysis a, int s, PhraseSet set, int aliveEnd) {
    TokenStream ts = a.ts;
    int to = ts.sentenceTo[s];
    for (int i = ts.sentenceFrom[s]; i < to; i++) {
      int n = set.matchAt(ts.norm, i, to);
      if (n > 0) {
        if (i >= aliveEnd) {
          a.emit.tokens(IndicatorType.LAPSE_LOSS, i, i + n, a.turn(s), 1.0);
        }
        i += n - 1;
      }
    }
  }
}
