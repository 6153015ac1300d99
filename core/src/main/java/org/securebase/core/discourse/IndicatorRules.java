package org.securebase.core.discourse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The thirteen indicator rules over a {@link TokenStream}. Every rule walks sentences and tokens
 * forward with phrase tries and small look-arounds bounded by a sentence or a few sentences, so a
 * whole analysis stays linear in the text. Only participant and narrator words produce indicators;
 * interviewer turns are read for context (what a question asks, whether it is about a loss).
 */
final class IndicatorRules {

  /** Sentences after a positive word that may hold the episode supporting it. */
  static final int EPISODE_WINDOW_SENTENCES = 2;

  /**
   * Participant answers after a positive claim in which hurt by that parent counts as
   * contradiction.
   */
  static final int CONTRADICTION_WINDOW_TURNS = 2;

  /** A turn is run-on above this multiple of the speaker's median turn length... */
  static final double RUN_ON_MEDIAN_FACTOR = 3.0;

  /** ...and above this many words. */
  static final int RUN_ON_MIN_WORDS = 150;

  /** A sentence longer than this many words is run-on by itself. */
  static final int RUN_ON_SENTENCE_WORDS = 60;

  /** An answer to a demand question shorter than this many words is a short turn. */
  static final int SHORT_TURN_WORDS = 8;

  /** Scene-detail words in one sentence that make minute detail of a death scene. */
  static final int DEATH_SCENE_DETAILS = 4;

  private final POSModel posModel;

  private final PhraseSet parent;
  private final PhraseSet thirdPerson;
  private final PhraseSet negation;
  private final PhraseSet contrast;
  private final PhraseSet eventPast;
  private final PhraseSet notEvent;
  private final PhraseSet time;
  private final PhraseSet place;

  private final PhraseSet recallDenial;
  private final PhraseSet recallClauseEnd;
  private final PhraseSet recallPositive;
  private final PhraseSet positive;
  private final PhraseSet hurt;
  private final PhraseSet minimizing;
  private final PhraseSet contempt;
  private final PhraseSet needs;
  private final PhraseSet vocative;
  private final PhraseSet accusation;
  private final PhraseSet notAccusation;
  private final PhraseSet quoteLike;
  private final PhraseSet quoteSay;
  private final PhraseSet grievance;
  private final PhraseSet trailing;
  private final PhraseSet hedge;
  private final PhraseSet notHedgeBefore;
  private final PhraseSet unfinished;
  private final PhraseSet demand;
  private final PhraseSet death;
  private final PhraseSet deathVerb;
  private final PhraseSet kinShe;
  private final PhraseSet kinHe;
  private final PhraseSet presentAux;
  private final PhraseSet between;
  private final PhraseSet deadState;
  private final PhraseSet selfBlame;
  private final PhraseSet eulogy;
  private final PhraseSet scene;
  private final PhraseSet metacognitive;
  private final PhraseSet mental;
  private final PhraseSet causalAfter;
  private final PhraseSet causalBefore;
  private final PhraseSet perspective;
  private final PhraseSet change;
  private final PhraseSet intergenerational;
  private final PhraseSet trait;
  private final PhraseSet context;

  IndicatorRules(POSModel posModel) {
    this.posModel = posModel;
    Lexicon shared = Lexicon.load("shared");
    parent = shared.section("parent");
    thirdPerson = shared.section("third_person");
    negation = shared.section("negation");
    contrast = shared.section("contrast");
    eventPast = shared.section("event_past");
    notEvent = shared.section("not_event");
    time = shared.section("time");
    place = shared.section("place");
    Lexicon recall = Lexicon.load("lack_of_recall");
    recallDenial = recall.section("denial");
    recallClauseEnd = recall.section("clause_end_only");
    recallPositive = recall.section("recall");
    positive = Lexicon.load("unsupported_positive").section("positive");
    hurt = Lexicon.load("contradiction").section("hurt");
    minimizing = Lexicon.load("minimizing").section("phrase");
    Lexicon derogation = Lexicon.load("derogation");
    contempt = derogation.section("contempt");
    needs = derogation.section("needs");
    Lexicon anger = Lexicon.load("involving_anger");
    vocative = anger.section("vocative");
    accusation = anger.section("accusation");
    notAccusation = anger.section("not_accusation");
    quoteLike = anger.section("quote_like");
    quoteSay = anger.section("quote_say");
    grievance = anger.section("grievance");
    Lexicon vague = Lexicon.load("vague_discourse");
    trailing = vague.section("trailing");
    hedge = vague.section("hedge");
    notHedgeBefore = vague.section("not_hedge_before");
    unfinished = vague.section("unfinished");
    Lexicon.load("run_on_turn");
    demand = Lexicon.load("short_turn").section("demand");
    Lexicon loss = Lexicon.load("lapse_loss");
    death = loss.section("death");
    deathVerb = loss.section("death_verb");
    kinShe = loss.section("kin_she");
    kinHe = loss.section("kin_he");
    presentAux = loss.section("present_aux");
    between = loss.section("between");
    deadState = loss.section("dead_state");
    selfBlame = loss.section("self_blame");
    eulogy = loss.section("eulogy");
    scene = loss.section("scene");
    metacognitive = Lexicon.load("metacognitive").section("phrase");
    Lexicon reflective = Lexicon.load("reflective");
    mental = reflective.section("mental");
    causalAfter = reflective.section("causal_after");
    causalBefore = reflective.section("causal_before");
    perspective = reflective.section("perspective");
    change = reflective.section("change");
    intergenerational = reflective.section("intergenerational");
    Lexicon balanced = Lexicon.load("balanced_evaluation");
    trait = balanced.section("trait");
    context = balanced.section("context");
  }

  void apply(TokenStream ts, Consumer<Indicator> out) {
    Emitter emit = new Emitter(ts, out);
    boolean[] deathTalk = deathTalk(ts);
    Map<Object, Integer> recallRepeats = new HashMap<>();
    List<int[]> positiveClaims = new ArrayList<>(); // {participantOrdinal, tokenIndex}
    Set<String> referents = new HashSet<>();
    POSTaggerME[] tagger = new POSTaggerME[1];
    int participantOrdinal = -1;
    for (int t = 0; t < ts.turnWords.length; t++) {
      if (!ts.narrating(t)) {
        continue;
      }
      participantOrdinal++;
      int grievanceRun = 0;
      int grievanceFirst = -1;
      for (int s = ts.turnFirstSentence[t]; s < ts.turnSentenceTo[t]; s++) {
        lackOfRecall(ts, s, emit, recallRepeats);
        positives(ts, s, emit, positiveClaims, participantOrdinal);
        contradiction(ts, s, emit, positiveClaims, participantOrdinal);
        phraseRule(ts, s, minimizing, IndicatorType.MINIMIZING, emit);
        derogation(ts, s, emit);
        involvingAnger(ts, s, emit);
        if (grievance(ts, s)) {
          if (grievanceRun++ == 0) {
            grievanceFirst = s;
          }
          if (grievanceRun == 3) {
            emit.span(
                IndicatorType.INVOLVING_ANGER,
                ts.sentenceStart[grievanceFirst],
                ts.sentenceEnd[s],
                t,
                1.5,
                -1,
                -1);
          }
        } else {
          grievanceRun = 0;
        }
        vague(ts, s, emit);
        if (ts.words(s) > RUN_ON_SENTENCE_WORDS) {
          emit.span(
              IndicatorType.RUN_ON_TURN, ts.sentenceStart[s], ts.sentenceEnd[s], t, 1.0, -1, -1);
        }
        if (deathTalk[t]) {
          lapseLoss(ts, s, emit, referents, tagger);
        }
        phraseRule(ts, s, metacognitive, IndicatorType.METACOGNITIVE, emit);
        // "It was my fault, because I thought about her": in talk of a death, blaming oneself for
        // it by a thought is a lapse (unresolved loss), not reflective functioning, though it has
        // the causal-mental shape reflective talk has. Never count it on both sides.
        if (!(deathTalk[t] && ts.find(selfBlame, ts.sentenceFrom[s], ts.sentenceTo[s]) >= 0)) {
          reflective(ts, s, emit);
        }
        balanced(ts, s, emit);
      }
    }
    runOnTurns(ts, emit);
    shortTurns(ts, emit);
  }

  // ---- helpers ----

  /** Collects indicators, filling in the turn, question and evidence text. */
  private static final class Emitter {
    final TokenStream ts;
    final Consumer<Indicator> out;
    // Two rules can mark the same words for the same indicator (a one-sentence run-on turn is
    // both a long sentence and a long turn); counting it twice would inflate the profile's rates.
    final java.util.Set<String> emitted = new java.util.HashSet<>();

    Emitter(TokenStream ts, Consumer<Indicator> out) {
      this.ts = ts;
      this.out = out;
    }

    void tokens(IndicatorType type, int fromToken, int toToken, int turn, double weight) {
      span(type, ts.tokenStart[fromToken], ts.tokenEnd[toToken - 1], turn, weight, -1, -1);
    }

    void span(
        IndicatorType type,
        int start,
        int end,
        int turn,
        double weight,
        int linkStart,
        int linkEnd) {
      if (!emitted.add(type.ordinal() + ":" + start + ":" + end)) {
        return;
      }
      out.accept(
          new Indicator(
              type,
              start,
              end,
              turn,
              ts.turnQuestion[turn],
              ts.text.substring(start, end),
              weight,
              linkStart,
              linkEnd));
    }
  }

  private boolean negatedBefore(TokenStream ts, int token, int from, int window) {
    for (int i = Math.max(from, token - window); i < token; i++) {
      if (negation.contains(ts.norm[i])) {
        return true;
      }
    }
    return false;
  }

  private boolean refersToParent(TokenStream ts, int s) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    return ts.any(parent, from, to) || ts.any(thirdPerson, from, to);
  }

  private boolean endsClause(TokenStream ts, int token, int sentenceTo) {
    return token >= sentenceTo || ts.isPunctuation(token);
  }

  private void phraseRule(TokenStream ts, int s, PhraseSet set, IndicatorType type, Emitter emit) {
    int to = ts.sentenceTo[s];
    for (int i = ts.sentenceFrom[s]; i < to; i++) {
      int n = set.matchAt(ts.norm, i, to);
      if (n > 0) {
        emit.tokens(type, i, i + n, ts.sentenceTurn[s], 1.0);
        i += n - 1;
      }
    }
  }

  // ---- lack_of_recall ----

  private void lackOfRecall(TokenStream ts, int s, Emitter emit, Map<Object, Integer> repeats) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    for (int i = from; i < to; i++) {
      int n = recallDenial.matchAt(ts.norm, i, to);
      if (n == 0) {
        n = recallClauseEnd.matchAt(ts.norm, i, to);
        if (n > 0 && !endsClause(ts, i + n, to)) {
          n = 0;
        }
      }
      if (n == 0) {
        continue;
      }
      if (!recalledAfterContrast(ts, i + n, to)) {
        int turn = ts.sentenceTurn[s];
        Object key = ts.turnQuestion[turn] != null ? ts.turnQuestion[turn] : "turn" + turn;
        int before = repeats.merge(key, 1, Integer::sum) - 1;
        emit.tokens(
            IndicatorType.LACK_OF_RECALL, i, i + n, turn, Math.min(2.0, 1.0 + 0.5 * before));
      }
      i += n - 1;
    }
  }

  /**
   * "I don't remember the date, but I remember her voice": a memory follows, the topic stays open.
   */
  private boolean recalledAfterContrast(TokenStream ts, int from, int to) {
    for (int c = from; c < to; c++) {
      if (contrast.contains(ts.norm[c])) {
        for (int r = c + 1; r < to; r++) {
          int n = recallPositive.matchAt(ts.norm, r, to);
          if (n > 0 && !negatedBefore(ts, r, c + 1, 2)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  // ---- unsupported_positive and contradiction ----

  private void positives(
      TokenStream ts, int s, Emitter emit, List<int[]> claims, int participantOrdinal) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    // a positive word inside a self-correction ("what I said about him being perfect") is no claim
    if (!refersToParent(ts, s) || ts.find(metacognitive, from, to) >= 0) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (!positive.contains(ts.norm[i]) || negatedBefore(ts, i, from, 3)) {
        continue;
      }
      claims.add(new int[] {participantOrdinal, i});
      if (!episodeFollows(ts, s, i)) {
        emit.tokens(IndicatorType.UNSUPPORTED_POSITIVE, i, i + 1, ts.sentenceTurn[s], 1.0);
      }
    }
  }

  /**
   * An episode: a past-tense event with a time or a place, after the word or in the next sentences.
   */
  private boolean episodeFollows(TokenStream ts, int s, int token) {
    int turn = ts.sentenceTurn[s];
    int last = Math.min(ts.turnSentenceTo[turn], s + 1 + EPISODE_WINDOW_SENTENCES);
    for (int k = s; k < last; k++) {
      int from = k == s ? token + 1 : ts.sentenceFrom[k];
      if (isEpisode(ts, from, ts.sentenceTo[k])) {
        return true;
      }
    }
    return false;
  }

  private boolean isEpisode(TokenStream ts, int from, int to) {
    boolean event = false;
    boolean anchor = false;
    for (int i = from; i < to; i++) {
      String w = ts.norm[i];
      if (!event && isPastEvent(w)) {
        event = true;
      }
      if (!anchor && (time.contains(w) || place.contains(w) || isNumber(w))) {
        anchor = true;
      }
    }
    return event && anchor;
  }

  private boolean isPastEvent(String w) {
    if (eventPast.contains(w)) {
      return true;
    }
    return w.length() > 4 && w.endsWith("ed") && !notEvent.contains(w);
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }

  private void contradiction(
      TokenStream ts, int s, Emitter emit, List<int[]> claims, int participantOrdinal) {
    if (claims.isEmpty() || !refersToParent(ts, s)) {
      return;
    }
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    int at = ts.find(hurt, from, to);
    if (at < 0) {
      return;
    }
    for (int k = claims.size() - 1; k >= 0; k--) {
      int[] claim = claims.get(k);
      if (participantOrdinal - claim[0] > CONTRADICTION_WINDOW_TURNS) {
        break;
      }
      if (claim[1] < from) {
        int n = hurt.matchAt(ts.norm, at, to);
        emit.span(
            IndicatorType.CONTRADICTION,
            ts.tokenStart[at],
            ts.tokenEnd[at + n - 1],
            ts.sentenceTurn[s],
            1.0,
            ts.tokenStart[claim[1]],
            ts.tokenEnd[claim[1]]);
        return;
      }
    }
  }

  // ---- derogation ----

  private void derogation(TokenStream ts, int s, Emitter emit) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    if (!refersToParent(ts, s) && !ts.any(needs, from, to)) {
      return;
    }
    for (int i = from; i < to; i++) {
      int n = contempt.matchAt(ts.norm, i, to);
      if (n > 0) {
        if (!negatedBefore(ts, i, from, 2)) {
          emit.tokens(IndicatorType.DEROGATION, i, i + n, ts.sentenceTurn[s], 1.0);
        }
        i += n - 1;
      }
    }
  }

  // ---- involving_anger ----

  private void involvingAnger(TokenStream ts, int s, Emitter emit) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    int turn = ts.sentenceTurn[s];
    // (a) direct address to a parent: "Mom, you always ..."
    int first = from;
    while (first < to && (ts.isPunctuation(first) || ts.norm[first].equals("and"))) {
      first++;
    }
    if (first + 2 < to
        && vocative.contains(ts.norm[first])
        && ts.norm[first + 1].equals(",")
        && addressesYou(ts, first + 2, to)) {
      emit.span(
          IndicatorType.INVOLVING_ANGER,
          ts.tokenStart[first],
          ts.sentenceEnd[s],
          turn,
          1.5,
          -1,
          -1);
      return;
    }
    // (b) "you always / you never" aimed at a parent named here or in the sentence before
    boolean parentNear =
        ts.any(parent, from, to)
            || s > ts.turnFirstSentence[turn]
                && ts.any(parent, ts.sentenceFrom[s - 1], ts.sentenceTo[s - 1]);
    for (int i = from; i < to; i++) {
      int n = accusation.matchAt(ts.norm, i, to);
      if (n > 0 && parentNear && !(i + n < to && notAccusation.contains(ts.norm[i + n]))) {
        emit.tokens(IndicatorType.INVOLVING_ANGER, i, i + n, turn, 1.0);
        i += n - 1;
        continue;
      }
      // (c) present-tense quoted argument: "and I'm like", "she says, ..."
      n = quoteLike.matchAt(ts.norm, i, to);
      if (n > 0) {
        emit.tokens(IndicatorType.INVOLVING_ANGER, i, i + n, turn, 1.0);
        i += n - 1;
        continue;
      }
      n = quoteSay.matchAt(ts.norm, i, to);
      if (n > 0 && i + n < to && isQuoteOpener(ts.norm[i + n])) {
        emit.tokens(IndicatorType.INVOLVING_ANGER, i, i + n, turn, 1.0);
        i += n - 1;
      }
    }
  }

  private boolean addressesYou(TokenStream ts, int from, int to) {
    for (int i = from; i < Math.min(to, from + 3); i++) {
      if (ts.norm[i].equals("you")) {
        return !(i + 1 < to && notAccusation.contains(ts.norm[i + 1]));
      }
    }
    return false;
  }

  private static boolean isQuoteOpener(String token) {
    return token.equals(",")
        || token.equals(":")
        || token.equals("\"")
        || token.equals("\u201c")
        || token.equals("'");
  }

  /** (d) a sentence of a grievance list: a parent and an always/never complaint. */
  private boolean grievance(TokenStream ts, int s) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    return refersToParent(ts, s) && ts.find(grievance, from, to) >= 0;
  }

  // ---- vague_discourse ----

  private void vague(TokenStream ts, int s, Emitter emit) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    int turn = ts.sentenceTurn[s];
    for (int i = from; i < to; i++) {
      int n = trailing.matchAt(ts.norm, i, to);
      if (n > 0 && endsClause(ts, i + n, to)) {
        emit.tokens(IndicatorType.VAGUE_DISCOURSE, i, i + n, turn, 1.0);
        i += n - 1;
        continue;
      }
      n = hedge.matchAt(ts.norm, i, to);
      if (n > 0 && !(i > from && notHedgeBefore.contains(ts.norm[i - 1]))) {
        emit.tokens(IndicatorType.VAGUE_DISCOURSE, i, i + n, turn, 1.0);
        i += n - 1;
      }
    }
    int last = to - 1;
    if (last > from && unfinished.contains(ts.norm[last])) {
      int start = last;
      int words = 0;
      while (start > from && words < 3) {
        start--;
        if (ts.isWord(start)) {
          words++;
        }
      }
      emit.tokens(IndicatorType.VAGUE_DISCOURSE, start, to, turn, 1.0);
    }
  }

  // ---- run_on_turn and short_turn ----

  private void runOnTurns(TokenStream ts, Emitter emit) {
    List<Integer> narrating = new ArrayList<>();
    for (int t = 0; t < ts.turnWords.length; t++) {
      if (ts.narrating(t) && ts.turnWords[t] > 0) {
        narrating.add(t);
      }
    }
    if (narrating.size() < 3) {
      return;
    }
    double[] lengths = narrating.stream().mapToDouble(t -> ts.turnWords[t]).toArray();
    double median = new Median().evaluate(lengths);
    double bound = Math.max(RUN_ON_MIN_WORDS, RUN_ON_MEDIAN_FACTOR * median);
    for (int t : narrating) {
      if (ts.turnWords[t] > bound) {
        emit.span(
            IndicatorType.RUN_ON_TURN,
            ts.turn(t).start(),
            ts.turn(t).end(),
            t,
            Math.min(2.0, ts.turnWords[t] / bound),
            -1,
            -1);
      }
    }
  }

  private void shortTurns(TokenStream ts, Emitter emit) {
    for (int t = 1; t < ts.turnWords.length; t++) {
      if (!ts.narrating(t) || ts.narrating(t - 1) || ts.turnWords[t] >= SHORT_TURN_WORDS) {
        continue;
      }
      int qFrom = firstToken(ts, t - 1);
      int qTo = lastToken(ts, t - 1);
      if (qTo > qFrom && ts.find(demand, qFrom, qTo) >= 0 && ts.turn(t).length() > 0) {
        emit.span(IndicatorType.SHORT_TURN, ts.turn(t).start(), ts.turn(t).end(), t, 1.0, -1, -1);
      }
    }
  }

  private static int firstToken(TokenStream ts, int turn) {
    int s = ts.turnFirstSentence[turn];
    return s < ts.turnSentenceTo[turn] ? ts.sentenceFrom[s] : 0;
  }

  private static int lastToken(TokenStream ts, int turn) {
    int s = ts.turnSentenceTo[turn] - 1;
    return s >= ts.turnFirstSentence[turn] ? ts.sentenceTo[s] : 0;
  }

  // ---- lapse_loss ----

  /** A turn is talk about a death when it names one or answers a question that does. */
  private boolean[] deathTalk(TokenStream ts) {
    boolean[] talk = new boolean[ts.turnWords.length];
    boolean[] mentions = new boolean[ts.turnWords.length];
    for (int t = 0; t < talk.length; t++) {
      int from = firstToken(ts, t);
      int to = lastToken(ts, t);
      mentions[t] = to > from && ts.find(death, from, to) >= 0;
      talk[t] = mentions[t] || t > 0 && !ts.narrating(t - 1) && mentions[t - 1];
    }
    return talk;
  }

  private void lapseLoss(
      TokenStream ts, int s, Emitter emit, Set<String> referents, POSTaggerME[] tagger) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    int turn = ts.sentenceTurn[s];
    // who died: the word before "died" / "passed away"
    boolean deathSentence = false;
    for (int i = from; i < to; i++) {
      if (deathVerb.matchAt(ts.norm, i, to) > 0) {
        deathSentence = true;
        int k = i - 1;
        while (k >= from && (ts.norm[k].equals("had") || ts.norm[k].equals("has"))) {
          k--;
        }
        if (k >= from) {
          addReferent(ts.norm[k], referents);
        }
      }
    }
    // the dead spoken of as alive: "she is waiting", "he watches over me"
    if (!deathSentence && !referents.isEmpty()) {
      for (int i = from; i < to - 1; i++) {
        if (!referents.contains(ts.norm[i])) {
          continue;
        }
        int v = i + 1;
        while (v < to - 1 && between.contains(ts.norm[v])) {
          v++;
        }
        if (presentTenseAlive(ts, v, to, tagger)) {
          emit.tokens(IndicatorType.LAPSE_LOSS, i, Math.min(to, v + 2), turn, 1.5);
          break;
        }
      }
    }
    phraseRule(ts, s, selfBlame, IndicatorType.LAPSE_LOSS, emit);
    phraseRule(ts, s, eulogy, IndicatorType.LAPSE_LOSS, emit);
    int details = 0;
    for (int i = from; i < to; i++) {
      if (scene.contains(ts.norm[i]) || isNumber(ts.norm[i])) {
        details++;
      }
    }
    if (details >= DEATH_SCENE_DETAILS) {
      emit.span(
          IndicatorType.LAPSE_LOSS, ts.sentenceStart[s], ts.sentenceEnd[s], turn, 1.0, -1, -1);
    }
  }

  private void addReferent(String word, Set<String> referents) {
    if (kinShe.contains(word)) {
      referents.add(word);
      referents.add("she");
    } else if (kinHe.contains(word)) {
      referents.add(word);
      referents.add("he");
    }
  }

  private boolean presentTenseAlive(TokenStream ts, int v, int to, POSTaggerME[] tagger) {
    String verb = ts.norm[v];
    if (presentAux.contains(verb)) {
      return v + 1 < to && !deadState.contains(ts.norm[v + 1]) && !ts.isPunctuation(v + 1);
    }
    if (verb.length() < 3 || !verb.endsWith("s") || verb.endsWith("ss") || verb.equals("was")) {
      return false;
    }
    // an -s word after the dead person's name or pronoun: the tagger says whether it is a verb
    if (tagger[0] == null) {
      tagger[0] = new POSTaggerME(posModel);
    }
    int from = Math.max(0, v - 4);
    int end = Math.min(to, v + 4);
    String[] window = Arrays.copyOfRange(ts.norm, from, end);
    String[] tags = tagger[0].tag(window);
    return "VERB".equals(tags[v - from]);
  }

  // ---- reflective ----

  private void reflective(TokenStream ts, int s, Emitter emit) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    int turn = ts.sentenceTurn[s];
    for (int i = from; i < to; i++) {
      int n = causalAfter.matchAt(ts.norm, i, to);
      if (n > 0 && ts.any(mental, i + n, Math.min(to, i + n + 8))) {
        emit.span(
            IndicatorType.REFLECTIVE, ts.sentenceStart[s], ts.sentenceEnd[s], turn, 1.0, -1, -1);
        return;
      }
      n = causalBefore.matchAt(ts.norm, i, to);
      if (n > 0 && ts.any(mental, Math.max(from, i - 8), i)) {
        emit.span(
            IndicatorType.REFLECTIVE, ts.sentenceStart[s], ts.sentenceEnd[s], turn, 1.0, -1, -1);
        return;
      }
    }
    for (PhraseSet set : List.of(perspective, change, intergenerational)) {
      int at = ts.find(set, from, to);
      if (at >= 0) {
        emit.tokens(IndicatorType.REFLECTIVE, at, at + set.matchAt(ts.norm, at, to), turn, 1.0);
        return;
      }
    }
  }

  // ---- balanced_evaluation ----

  private void balanced(TokenStream ts, int s, Emitter emit) {
    int from = ts.sentenceFrom[s];
    int to = ts.sentenceTo[s];
    int turn = ts.sentenceTurn[s];
    if (!refersToParent(ts, s)) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (!trait.contains(ts.norm[i]) || negatedBefore(ts, i, from, 3)) {
        continue;
      }
      int c = ts.find(context, i + 1, to);
      int end;
      if (c >= 0) {
        end = c + context.matchAt(ts.norm, c, to);
      } else if (s + 1 < ts.turnSentenceTo[turn]) {
        int next = s + 1;
        c = ts.find(context, ts.sentenceFrom[next], ts.sentenceTo[next]);
        if (c < 0) {
          return;
        }
        end = c + context.matchAt(ts.norm, c, ts.sentenceTo[next]);
      } else {
        return;
      }
      emit.tokens(IndicatorType.BALANCED_EVALUATION, i, end, turn, 1.0);
      return;
    }
  }
}
