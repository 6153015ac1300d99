package org.securebase.core.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The state needed to extend a Merkle tree without its leaves: the roots of the perfect subtrees
 * that make up a tree of {@code size} leaves, largest (leftmost) first, one per set bit of the size
 * (the "compact range" of Trillian, Google 2016-2023, and the "frontier" of RFC 9162 logs). A tree
 * of a million leaves is carried as at most 20 hashes.
 *
 * <p>{@link #root()} folds the subtrees right to left, which gives exactly the RFC 9162 Merkle Tree
 * Hash: the recursion splits at the largest power of two, so the leftmost perfect subtree is always
 * the left child of the root. Immutable and thread-safe.
 */
public final class CompactRange {

  private static final HexFormat HEX = HexFormat.of();

  private final long size;
  private final List<byte[]> peaks;

  private CompactRange(long size, List<byte[]> peaks) {
    if (Long.bitCount(size) != peaks.size()) {
      throw new IllegalArgumentException(
          "a tree of " + size + " leaves has " + Long.bitCount(size) + " subtree roots");
    }
    this.size = size;
    this.peaks = peaks;
  }

  /** The tree of no leaves. */
  public static CompactRange empty() {
    return new CompactRange(0, List.of());
  }

  /** A stored range: its size and its subtree roots as hex, largest first. */
  public static CompactRange of(long size, List<String> hexPeaks) {
    return new CompactRange(size, hexPeaks.stream().map(HEX::parseHex).toList());
  }

  public long size() {
    return size;
  }

  /** The subtree roots as hex, largest first, for storage. */
  public List<String> hexPeaks() {
    return peaks.stream().map(HEX::formatHex).toList();
  }

  /** The tree with one more leaf, given as its leaf hash. */
  public CompactRange append(byte[] leafHash) {
    List<byte[]> next = new ArrayList<>(peaks);
    byte[] carry = leafHash.clone();
    // Each trailing one bit of the size is a perfect subtree of the same height as the carry:
    // merge them, like a binary counter's carry.
    for (long s = size; (s & 1) == 1; s >>= 1) {
      carry = TreeHash.node(next.remove(next.size() - 1), carry);
    }
    next.add(carry);
    return new CompactRange(size + 1, List.copyOf(next));
  }

  /** The Merkle Tree Hash of the leaves appended so far. */
  public byte[] root() {
    if (peaks.isEmpty()) {
      return TreeHash.EMPTY_ROOT.clone();
    }
    byte[] root = peaks.get(peaks.size() - 1);
    for (int i = peaks.size() - 2; i >= 0; i--) {
      root = TreeHash.node(peaks.get(i), root);
    }
    return root.clone();
  }

  /** The root as lower-case hex. */
  public String hexRoot() {
    return HEX.formatHex(root());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompactRange other
        && size == other.size
        && Arrays.deepEquals(peaks.toArray(), other.peaks.toArray());
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 + Arrays.deepHashCode(peaks.toArray());
  }
}
