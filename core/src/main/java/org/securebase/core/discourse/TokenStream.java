package org.securebase.core.discourse;

import java.util.Arrays;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.Turn;

/**
 * The one-pass view of a transcript every matcher reads: normalized tokens with their offsets,
 * grouped into sentences, grouped into turns. Built once per analysis; arrays grow linearly with
 * the text.
 */
final class TokenStream {
  final Transcript transcript;
  final String text;

  int tokenCount;
  int[] tokenStart = new int[256];
  int[] tokenEnd = new int[256];
  String[] norm = new String[256];

  int sentenceCount;
  int[] sentenceStart = new int[32];
  int[] sentenceEnd = new int[32];
  int[] sentenceFrom = new int[32];
  int[] sentenceTo = new int[32];
  int[] sentenceTurn = new int[32];

  final int[] turnFirstSentence;
  final int[] turnSentenceTo;
  final int[] turnWords;
  final Integer[] turnQuestion;

  TokenStream(Transcript transcript) {
    this.transcript = transcript;
    this.text = transcript.text();
    int turns = transcript.turns().size();
    turnFirstSentence = new int[turns];
    turnSentenceTo = new int[turns];
    turnWords = new int[turns];
    turnQuestion = new Integer[turns];
    Integer question = null;
    for (int i = 0; i < turns; i++) {
      Integer own = transcript.turns().get(i).question();
      if (own != null) {
        question = own;
      }
      turnQuestion[i] = question;
    }
  }

  void addToken(String normalized, int start, int end) {
    if (tokenCount == norm.length) {
      int size = tokenCount * 2;
      tokenStart = Arrays.copyOf(tokenStart, size);
      tokenEnd = Arrays.copyOf(tokenEnd, size);
      norm = Arrays.copyOf(norm, size);
    }
    tokenStart[tokenCount] = start;
    tokenEnd[tokenCount] = end;
    norm[tokenCount] = normalized;
    tokenCount++;
  }

  void addSentence(int turn, int start, int end, int fromToken) {
    if (sentenceCount == sentenceStart.length) {
      int size = sentenceCount * 2;
      sentenceStart = Arrays.copyOf(sentenceStart, size);
      sentenceEnd = Arrays.copyOf(sentenceEnd, size);
      sentenceFrom = Arrays.copyOf(sentenceFrom, size);
      sentenceTo = Arrays.copyOf(sentenceTo, size);
      sentenceTurn = Arrays.copyOf(sentenceTurn, size);
    }
    sentenceStart[sentenceCount] = start;
    sentenceEnd[sentenceCount] = end;
    sentenceFrom[sentenceCount] = fromToken;
    sentenceTo[sentenceCount] = tokenCount;
    sentenceTurn[sentenceCount] = turn;
    sentenceCount++;
  }

  Turn turn(int index) {
    return transcript.turns().get(index);
  }

  boolean narrating(int turnIndex) {
    return turn(turnIndex).speaker().isNarrating();
  }

  boolean isWord(int token) {
    return Wording.isWord(norm[token]);
  }

  /** True when the token is punctuation (no letter or digit). */
  boolean isPunctuation(int token) {
    String t = norm[token];
    return !t.isEmpty() && !Character.isLetterOrDigit(t.charAt(0)) && t.charAt(0) != '\'';
  }

  /**
   * True when any token of sentence {@code s} in {@code [from, to)} is a one-token phrase of set.
   */
  boolean any(PhraseSet set, int from, int to) {
    for (int i = from; i < to; i++) {
      if (set.contains(norm[i])) {
        return true;
      }
    }
    return false;
  }

  /** The first position in {@code [from, to)} where a phrase of the set starts, or -1. */
  int find(PhraseSet set, int from, int to) {
    for (int i = from; i < to; i++) {
      if (set.matchAt(norm, i, to) > 0) {
        return i;
      }
    }
    return -1;
  }

  int words(int sentence) {
    int n = 0;
    for (int i = sentenceFrom[sentence]; i < sentenceTo[sentence]; i++) {
      if (isWord(i)) {
        n++;
      }
    }
    return n;
  }
}
