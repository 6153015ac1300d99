package org.securebase.core.discourse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of token phrases held as a trie, so that finding every phrase in a sentence costs one walk
 * per token bounded by the longest phrase: no regular expressions and no backtracking. Immutable
 * after construction.
 */
final class PhraseSet {
  private static final PhraseSet EMPTY = new PhraseSet(List.of());

  private final Node root = new Node();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    boolean terminal;
  }

  PhraseSet(List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (phrase.isEmpty()) {
        continue;
      }
      Node node = root;
      for (String token : phrase) {
        node = node.next.computeIfAbsent(token, k -> new Node());
      }
      node.terminal = true;
    }
  }

  static PhraseSet empty() {
    return EMPTY;
  }

  /** True when the single token is a one-token phrase of this set. */
  boolean contains(String token) {
    Node node = root.next.get(token);
    return node != null && node.terminal;
  }

  /**
   * The length in tokens of the longest phrase starting at {@code from} and ending before {@code
   * limit}, or 0 when none starts there.
   */
  int matchAt(String[] tokens, int from, int limit) {
    Node node = root;
    int best = 0;
    for (int i = from; i < limit; i++) {
      node = node.next.get(tokens[i]);
      if (node == null) {
        break;
      }
      if (node.terminal) {
        best = i - from + 1;
      }
    }
    return best;
  }
}
