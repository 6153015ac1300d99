package org.securebase.core.discourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;

/**
 * The state of one analysis: the token stream, who each sentence is about, where the talk is of a
 * death, and what rules remember from earlier sentences (positive claims awaiting contradiction,
 * recall repeats per question, the dead). Created per call, so the rules themselves stay immutable;
 * not thread-safe.
 */
final class Analysis {
  final TokenStream ts;
  final Emitter emit;
  final SharedWords words;
  final Referents refs;

  /** For each turn, its ordinal among participant turns, or -1 for the interviewer. */
  final int[] participantOrdinal;

  /** Turns that are talk about a death. */
  boolean[] deathTalk;

  /** A positive word for a parent: where, in which answer, about whom. */
  record Claim(int ordinal, int token, String parent) {}

  final List<Claim> claims = new ArrayList<>();
  final Map<Object, Integer> recallRepeats = new HashMap<>();
  final Set<String> dead = new HashSet<>();
  int grievanceRun;
  int grievanceFirst = -1;
  int grievanceTurn = -1;
  POSTaggerME tagger;

  Analysis(TokenStream ts, Emitter emit, SharedWords words) {
    this.ts = ts;
    this.emit = emit;
    this.words = words;
    this.refs = Referents.track(ts, words);
    this.participantOrdinal = new int[ts.turnWords.length];
    int n = 0;
    for (int t = 0; t < participantOrdinal.length; t++) {
      participantOrdinal[t] = ts.narrating(t) ? n++ : -1;
    }
  }

  /** The turn of a sentence. */
  int turn(int s) {
    return ts.sentenceTurn[s];
  }

  /** The first sentence of the turn, for look-backs that stay inside one answer. */
  int turnFirst(int s) {
    return ts.turnFirstSentence[ts.sentenceTurn[s]];
  }
}
