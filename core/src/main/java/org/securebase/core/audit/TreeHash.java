package org.securebase.core.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The Merkle Tree Hash of RFC 9162 section 2.1.1 (the same as RFC 6962 section 2.1), with SHA-256:
 * a leaf is hashed as {@code SHA-256(0x00 || entry)}, an interior node as {@code SHA-256(0x01 ||
 * left || right)}, and a tree of n entries splits at the largest power of two below n. The two
 * prefixes keep a leaf from ever passing for an interior node (the second-preimage attack RFC 9162
 * section 2.1.1 describes).
 *
 * <p>Pure functions, thread-safe.
 */
public final class TreeHash {

  /** The root of the empty tree: SHA-256 of the empty string. */
  public static final byte[] EMPTY_ROOT = sha256();

  private TreeHash() {}

  /** The hash of one log entry as a leaf. */
  public static byte[] leaf(byte[] entry) {
    return sha256(new byte[] {0x00}, entry);
  }

  /** The hash of an interior node over two subtrees. */
  public static byte[] node(byte[] left, byte[] right) {
    return sha256(new byte[] {0x01}, left, right);
  }

  /**
   * The root over leaf hashes, by the definition's recursion. Used to check {@link CompactRange}
   * and for small trees; a long log is extended through {@link CompactRange} instead.
   */
  public static byte[] root(List<byte[]> leafHashes) {
    int n = leafHashes.size();
    if (n == 0) {
      return EMPTY_ROOT.clone();
    }
    if (n == 1) {
      return leafHashes.get(0).clone();
    }
    int k = Integer.highestOneBit(n - 1);
    return node(root(leafHashes.subList(0, k)), root(leafHashes.subList(k, n)));
  }

  private static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
